package id.wadul.routes.desk;

import id.wadul.routes.console.audit.AuditLog;
import id.wadul.sql.Database;
import id.wadul.sql.desk.OperatorRow;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * {@code wadul add-operator <username> <role> [<station>] [--password-stdin]}: creates an account of the web
 * server. A station's account (OPERATOR, ADMIN) names its station; the office's SUPERVISOR and SYSADMIN have none
 * (an OFFICER is linked to a person, in the console). Without {@code --password-stdin} a random password is
 * generated and printed once on standard output (never logged); with it, the first line of standard input is the
 * password. The first SYSADMIN (or a station's first admin) is created this way; it is audited as {@code cli}.
 */
public final class AddOperatorCommand {

    public static final String USAGE = "usage: add-operator <username> <OPERATOR|ADMIN> <station> [--password-stdin]\n"
            + "       add-operator <username> <SYSADMIN|SUPERVISOR> [--password-stdin]";
    private static final String STDIN = "--password-stdin";

    /** The command's arguments, checked. */
    record Args(String username, String role, String station, boolean fromStdin) {
    }

    /**
     * The arguments, or an {@link IllegalArgumentException} with one line saying what is wrong (an unknown option,
     * a missing station, a station for an office role).
     */
    static Args parse(String[] args) {
        boolean stdin = args.length > 0 && args[args.length - 1].equals(STDIN);
        int positional = stdin ? args.length - 1 : args.length;
        for (int i = 0; i < positional; i++) {
            if (args[i].startsWith("--")) {
                throw new IllegalArgumentException("unknown option '" + args[i] + "' for add-operator");
            }
        }
        if (positional < 2) {
            throw new IllegalArgumentException("add-operator needs a username, a role and a station");
        }
        java.util.Optional<Role> role = Role.parse(args[1]);
        boolean station = role.map(Role::atCallDesk).orElse(true);
        if (role.isPresent() && role.get() == Role.OFFICER) {
            throw new IllegalArgumentException("an OFFICER account is linked to a person: create it in the console");
        }
        if (station && positional != 3) {
            throw new IllegalArgumentException(positional < 3 ? "add-operator needs a username, a role and a station"
                    : "unknown argument '" + args[3] + "' for add-operator");
        }
        if (!station && positional != 2) {
            throw new IllegalArgumentException("a " + role.get() + " account has no station: leave out '" + args[2]
                    + "'");
        }
        return new Args(args[0], args[1], station ? args[2] : null, stdin);
    }

    private AddOperatorCommand() {
    }

    /** Checks the arguments before the database starts; throws {@link IllegalArgumentException} with one line. */
    public static void check(String[] args) {
        parse(args);
    }

    /** Runs on the application's database with the process's standard streams; returns the exit code. */
    public static int run(Database database, String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        return run(database.sqlSessionFactory(), args, System.in, out, err);
    }

    /** @return the process exit code: 0 created, 2 bad arguments or refused */
    public static int run(SqlSessionFactory sql, String[] args, InputStream in, PrintStream out, PrintStream err) {
        Args parsed;
        try {
            parsed = parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        boolean fromStdin = parsed.fromStdin();
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
            row = accounts.create(parsed.username(), parsed.role(), parsed.station(), password,
                    EnumSet.complementOf(EnumSet.of(Role.OFFICER)));
        } catch (ApiException e) {
            for (Map.Entry<String, String> error : e.fieldErrors().entrySet()) {
                err.println(error.getKey() + ": " + error.getValue());
            }
            return 2;
        }
        new AuditLog(sql, Clock.systemUTC()).record(AuditLog.CLI, AuditLog.CLI, "account.create", row.username(), null,
                AccountAdmin.view(row));
        out.println("created " + row.role() + " '" + row.username() + "'"
                + (row.station().isEmpty() ? "" : " at station '" + row.station() + "'"));
        if (!fromStdin) {
            out.println("password (shown once, write it down): " + password);
        }
        return 0;
    }
}
