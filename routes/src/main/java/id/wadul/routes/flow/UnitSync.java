package id.wadul.routes.flow;

import id.wadul.routes.console.routing.RoutingTables;
import id.wadul.routes.understand.Responsibilities;
import java.time.Instant;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * At start: the database's routing tables (units, people, rules, defaults, triage unit) become the flow's table.
 * routing.yaml ({@code responsibilities} as loaded from it) fills them only when they are empty (the first run);
 * after that the console edits them, and routing.yaml is no longer read into them.
 */
public final class UnitSync {

    private UnitSync() {
    }

    /** Imports {@code responsibilities} into empty tables, then makes it answer as the tables do. */
    public static void sync(SqlSessionFactory sessions, Responsibilities responsibilities, Instant now) {
        RoutingTables.importIfEmpty(sessions, responsibilities, now);
        RoutingTables.apply(sessions, responsibilities);
    }
}
