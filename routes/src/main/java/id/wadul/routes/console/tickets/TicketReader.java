package id.wadul.routes.console.tickets;

import id.wadul.routes.desk.ApiException;
import id.wadul.routes.desk.DeskUser;
import id.wadul.routes.understand.Responsibilities;
import id.wadul.sql.console.ConsoleTicketMapper;
import id.wadul.sql.console.TicketSearch;
import id.wadul.sql.console.TicketUnitView;
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
            view.put("mayAct", TicketAccess.staff(user));
            view.put("timeline", timeline.of(t, user, tickets.events(t.id()),
                    s.getMapper(OutboxMapper.class).findByTicket(t.id())));
            return view;
        }
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
