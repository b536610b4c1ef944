package id.wadul.routes.console.tickets;

import id.wadul.routes.desk.ApiException;
import id.wadul.routes.desk.DeskUser;
import id.wadul.routes.understand.Responsibilities;
import id.wadul.sql.console.ConsoleTicketMapper;
import id.wadul.sql.console.TicketSearch;
import id.wadul.sql.console.TicketUnitView;
import id.wadul.sql.incident.IncidentMapper;
import id.wadul.sql.outbox.OutboxMapper;
import id.wadul.sql.ticket.TicketMapper;
import id.wadul.sql.ticket.TicketRow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/** The console's reads: a page of the search, and one ticket with its units, merges and whole timeline. */
final class TicketReader {

    private final SqlSessionFactory sql;
    private final Timeline timeline;

    TicketReader(SqlSessionFactory sql, Responsibilities units) {
        this.sql = sql;
        this.timeline = new Timeline(units);
    }

    Map<String, Object> search(DeskUser user, TicketSearch q) {
        try (SqlSession s = sql.openSession(true)) {
            ConsoleTicketMapper mapper = s.getMapper(ConsoleTicketMapper.class);
            List<Map<String, Object>> rows = mapper.search(q).stream().map(t -> TicketViews.summary(t, user))
                    .toList();
            Map<String, Object> page = new LinkedHashMap<>();
            page.put("total", mapper.countSearch(q));
            page.put("offset", q.offset());
            page.put("limit", q.limit());
            page.put("tickets", rows);
            return page;
        }
    }

    /**
     * The ticket for the ticket page; 404 when it does not exist or the caller may not open it (the same answer,
     * so a secret ticket's number is not confirmed to those who may not see it).
     */
    Map<String, Object> detail(DeskUser user, String number) {
        try (SqlSession s = sql.openSession(true)) {
            TicketMapper tickets = s.getMapper(TicketMapper.class);
            TicketRow t = tickets.findByNumber(number);
            if (t == null || !TicketAccess.seesInFull(user, t)) {
                throw new ApiException(404, "Tiket tidak ditemukan.");
            }
            ConsoleTicketMapper console = s.getMapper(ConsoleTicketMapper.class);
            Map<String, Object> view = TicketViews.summary(t, user);
            view.put("units", console.units(t.id()).stream().map(TicketReader::unitView).toList());
            view.put("mergedInto", console.mergedInto(t.id()));
            view.put("mergedFrom", console.mergedFrom(t.id()));
            view.put("incident", incident(s, t, user));
            view.put("mayAct", TicketAccess.staff(user));
            view.put("timeline", timeline.of(t, user, tickets.events(t.id()),
                    s.getMapper(OutboxMapper.class).findByTicket(t.id())));
            return view;
        }
    }

    /**
     * The ticket's incident: its first ticket and its tickets the caller may know of (secret ones of others are
     * left out, as in the search), or null when it is in none.
     */
    private static Map<String, Object> incident(SqlSession s, TicketRow t, DeskUser user) {
        IncidentMapper incidents = s.getMapper(IncidentMapper.class);
        Long incident = incidents.incidentOf(t.id());
        if (incident == null) {
            return null;
        }
        List<TicketRow> all = incidents.tickets(incident);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("first", all.stream().filter(o -> o.id() == incident && TicketAccess.seesInSearch(user, o))
                .map(TicketRow::number).findFirst().orElse(null));
        view.put("reports", all.size());
        view.put("tickets", all.stream().filter(o -> o.id() != t.id() && TicketAccess.seesInSearch(user, o))
                .map(o -> TicketViews.summary(o, user)).toList());
        return view;
    }

    private static Map<String, Object> unitView(TicketUnitView u) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("code", u.unitCode());
        v.put("name", u.unitName());
        v.put("active", u.active());
        v.put("routedAt", TicketViews.time(u.routedAt()));
        return v;
    }
}
