package id.wadul.routes.console.routing;

import id.wadul.routes.console.audit.AuditLog;
import id.wadul.routes.understand.Region;
import id.wadul.routes.understand.Responsibilities;
import id.wadul.sql.routing.RecentComplaint;
import id.wadul.sql.routing.RoutingMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * Edits of the routing table: what a proposed table would do to the last {@value #PREVIEW} complaints, and
 * saving it (one transaction with its audit row), after which the flow routes by it without a restart.
 */
public final class RoutingEditor {

    public static final int PREVIEW = 1_000;

    /** A proposed table was refused: each problem names its row, in Bahasa Indonesia. */
    public static final class Refused extends RuntimeException {

        private final List<String> problems;

        Refused(List<String> problems) {
            super(String.join(" ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    private final SqlSessionFactory sql;
    private final Responsibilities live;
    private final Set<String> categories;
    private final Region region;
    private final AuditLog audit;

    public RoutingEditor(SqlSessionFactory sql, Responsibilities live, Set<String> categories, Region region,
            AuditLog audit) {
        this.sql = sql;
        this.live = live;
        this.categories = Set.copyOf(categories);
        this.region = region;
        this.audit = audit;
    }

    /** The table in force. */
    public RoutingTable current() {
        return RoutingTable.of(live);
    }

    public RoutingPreview preview(RoutingTable proposed) {
        Responsibilities candidate = resolve(proposed);
        List<RecentComplaint> recent;
        try (SqlSession s = sql.openSession(true)) {
            recent = s.getMapper(RoutingMapper.class).recentComplaints(PREVIEW);
        }
        return RoutingPreview.of(recent, live, candidate);
    }

    /** Saves the table and applies it; returns it as stored (kecamatan as codes). */
    public RoutingTable save(String actor, String actorRole, RoutingTable proposed) {
        RoutingTable stored = RoutingTable.of(resolve(proposed));
        RoutingTable before = current();
        try (SqlSession s = sql.openSession(false)) {
            RoutingTables.writeTable(s, stored);
            audit.record(s, actor, actorRole, "routing.replace", "routing", before, stored);
            s.commit();
        }
        RoutingTables.apply(sql, live);
        return stored;
    }

    /** The table in force as routing.yaml. */
    public String export() {
        return RoutingExport.yaml(live);
    }

    private Responsibilities resolve(RoutingTable proposed) {
        List<String> problems = new ArrayList<>();
        Responsibilities candidate = proposed.resolve(live, categories, region, problems);
        if (candidate == null) {
            throw new Refused(problems);
        }
        return candidate;
    }
}
