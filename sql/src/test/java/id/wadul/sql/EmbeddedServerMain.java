package id.wadul.sql;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

/**
 * A child JVM for the tests: opens the embedded database on the folder {@code args[0]}, stores the row
 * {@code args[1]} (if given) in a table {@code probe}, prints {@code READY <jvm pid> <mariadbd pid>} and waits
 * for a line (or the end) on stdin, then closes. Started by {@link ChildJvm}.
 */
public final class EmbeddedServerMain {

    private EmbeddedServerMain() {
    }

    public static void main(String[] args) throws Exception {
        try (Database database = Database.start(DatabaseConfig.embedded(Path.of(args[0])))) {
            if (args.length > 1) {
                try (Connection connection = database.dataSource().getConnection();
                        Statement statement = connection.createStatement()) {
                    statement.execute("CREATE TABLE IF NOT EXISTS probe (mark VARCHAR(64) PRIMARY KEY)");
                    statement.execute("INSERT INTO probe VALUES ('" + args[1].replaceAll("[^A-Za-z0-9-]", "") + "')");
                }
            }
            System.out.println("READY " + ProcessHandle.current().pid() + " " + database.embeddedServer()
                    .orElseThrow().serverProcess().pid());
            System.out.flush();
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        }
    }
}
