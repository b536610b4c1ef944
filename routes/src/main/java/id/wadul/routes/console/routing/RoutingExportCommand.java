package id.wadul.routes.console.routing;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/** {@code wadul routing-export > routing.yaml}: the database's routing table in routing.yaml's format on stdout. */
public final class RoutingExportCommand {

    private RoutingExportCommand() {
    }

    /** @return 0 written, 2 the tables are still empty */
    public static int run(SqlSessionFactory sql, PrintStream out, PrintStream err) {
        try (SqlSession session = sql.openSession(true)) {
            if (!RoutingTables.filled(session)) {
                err.println("the routing tables are empty: wadul imports conf/routing.yaml into them at its first start");
                return 2;
            }
        }
        PrintStream utf8 = new PrintStream(out, true, StandardCharsets.UTF_8);
        utf8.print(RoutingExport.yaml(RoutingTables.load(sql)));
        utf8.flush();
        return 0;
    }
}
