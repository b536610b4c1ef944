package id.wadul.routes.desk;

import id.wadul.sql.Database;
import id.wadul.sql.desk.OperatorRow;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * {@code wadul add-operator <username> <OPERATOR|ADMIN> <station> [--password-stdin]}: creates a desk account.
 * Without {@code --password-stdin} a random password is generated and printed once on standard output (never
 * logged); with it, the first line of standard input is the password. The first admin is created this way.
 */
public final class AddOperatorCommand {

    public static final String USAGE = "usage: add-operator <username> <OPERATOR|ADMIN> <station> [--password-stdin]";

    private AddOperatorCommand() {
    }

    /** Runs on the application's database with the process's standard streams; returns the exit code. */
    public static int run(Database database, String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        return run(database.sqlSessionFactory(), args, System.in, out, err);
    }

    /** @return the process exit code: 0 created, 2 bad arguments or refused */
    public static int run(SqlSessionFactory sql, String[] args, InputStream in, PrintStream out, PrintStream err) {
        boolean fromStdin = args.length == 4 && args[3].equals("--password-stdin");
        if (args.length != 3 && !fromStdin) {
            err.println(USAGE);
            return 2;
        }
        String password;
        if (fromStdin) {
            try {
                String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
                password = line == null ? "" : line.strip();
            } catch (IOException e) {
                err.println("cannot read the password from standard input: " + e.getMessage());
                return 2;
            }
        } else {
            password = Passwords.generate();
        }
        Accounts accounts = new Accounts(sql, DeskSettings.defaults(), Clock.systemUTC());
        OperatorRow row;
        try {
            row = accounts.create(args[0], args[1], args[2], password);
        } catch (ApiException e) {
            for (Map.Entry<String, String> error : e.fieldErrors().entrySet()) {
                err.println(error.getKey() + ": " + error.getValue());
            }
            return 2;
        }
        out.println("created " + row.role() + " '" + row.username() + "' at station '" + row.station() + "'");
        if (!fromStdin) {
            out.println("password (shown once, write it down): " + password);
        }
        return 0;
    }
}
