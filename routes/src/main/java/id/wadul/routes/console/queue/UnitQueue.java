package id.wadul.routes.console.queue;

import id.wadul.routes.console.tickets.TicketViews;
import id.wadul.routes.console.tickets.Timeline;
import id.wadul.routes.desk.ApiException;
import id.wadul.routes.desk.DeskUser;
import id.wadul.routes.flow.Masking;
import id.wadul.routes.flow.OfficerActions;
import id.wadul.routes.text.SafeText;
import id.wadul.routes.understand.Responsibilities;
import id.wadul.routes.understand.Unit;
import id.wadul.sql.console.UnitQueueMapper;
import id.wadul.sql.outbox.OutboxMapper;
import id.wadul.sql.outbox.OutboxRow;
import id.wadul.sql.ticket.TicketMapper;
import id.wadul.sql.ticket.TicketRow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * The unit queue's reads: an officer's units' open tickets by deadline (urgent first on ties), each with what the
 * citizen was told, and one of them with its whole timeline; the citizen's number shown as the acting unit may see
 * it in a forward ({@link Unit#seesNumber}). Triage staff get the escalated tickets.
 */
final class UnitQueue {

    static final int LIMIT = 100;

    private final SqlSessionFactory sql;
    private final Responsibilities units;
    private final OfficerActions officers;
    private final Timeline timeline;

    UnitQueue(SqlSessionFactory sql, Responsibilities units, OfficerActions officers) {
        this.sql = sql;
        this.units = units;
        this.officers = officers;
        this.timeline = new Timeline(units);
    }

    /** The officer's queue. */
    Map<String, Object> list(Officer officer) {
        List<Unit> own = units.unitsOfOfficer(officer.number());
        List<String> codes = own.stream().map(Unit::code).toList();
        Map<String, Object> queue = new LinkedHashMap<>();
        queue.put("officer", officer.name());
        queue.put("units", own.stream().map(UnitQueue::unit).toList());
        queue.put("mayAct", true);
        if (codes.isEmpty()) {
            queue.put("total", 0);
            queue.put("tickets", List.of());
            return queue;
        }
        boolean escalated = codes.contains(units.triage().code());
        try (SqlSession s = sql.openSession(true)) {
            UnitQueueMapper mapper = s.getMapper(UnitQueueMapper.class);
            TicketMapper tickets = s.getMapper(TicketMapper.class);
            OutboxMapper outbox = s.getMapper(OutboxMapper.class);
            queue.put("total", mapper.countOpenAt(codes, escalated));
            queue.put("tickets", mapper.openAt(codes, escalated, LIMIT).stream()
                    .flatMap(t -> acting(t, officer, tickets).stream()
                            .map(u -> officerView(t, officer.user(), u, outbox.findByTicket(t.id()))))
                    .toList());
        }
        return queue;
    }

    /** Triage staff's list: the open tickets that were escalated, to open on the ticket page. */
    Map<String, Object> escalated(DeskUser user) {
        try (SqlSession s = sql.openSession(true)) {
            UnitQueueMapper mapper = s.getMapper(UnitQueueMapper.class);
            OutboxMapper outbox = s.getMapper(OutboxMapper.class);
            Map<String, Object> queue = new LinkedHashMap<>();
            queue.put("officer", null);
            queue.put("units", List.of());
            queue.put("mayAct", false);
            queue.put("total", mapper.countEscalated());
            queue.put("tickets", mapper.escalated(LIMIT).stream().map(t -> {
                Map<String, Object> v = TicketViews.summary(t, user);
                v.put("escalations", t.escalations());
                v.put("told", told(t, outbox.findByTicket(t.id())));
                return v;
            }).toList());
            return queue;
        }
    }

    /** One ticket of the officer's units with its timeline; 404 for any other (the same answer as a missing one). */
    Map<String, Object> detail(Officer officer, String number) {
        try (SqlSession s = sql.openSession(true)) {
            TicketMapper tickets = s.getMapper(TicketMapper.class);
            TicketRow t = tickets.findByNumber(number);
            Optional<Unit> unit = t == null ? Optional.empty() : acting(t, officer, tickets);
            if (unit.isEmpty()) {
                throw new ApiException(404, "Tiket tidak ditemukan di antrean unit Anda.");
            }
            List<OutboxRow> sms = s.getMapper(OutboxMapper.class).findByTicket(t.id());
            Map<String, Object> view = officerView(t, officer.user(), unit.get(), sms);
            view.put("activeUnits", tickets.activeUnits(t.id()).stream()
                    .map(code -> units.unit(code).map(UnitQueue::unit).orElse(Map.of("code", code, "name", code)))
                    .toList());
            boolean sees = unit.get().seesNumber(t.urgent(), t.anonymous());
            view.put("timeline", timeline.of(t, citizen(t, sees), sees, tickets.events(t.id()), sms));
            return view;
        }
    }

    private Optional<Unit> acting(TicketRow t, Officer officer, TicketMapper tickets) {
        return officers.actingUnit(t, officer.number(), tickets.activeUnits(t.id()));
    }

    /** The ticket as the acting unit's officers see it in their forward: text, place, the citizen per its rule. */
    private static Map<String, Object> officerView(TicketRow t, DeskUser user, Unit unit, List<OutboxRow> sms) {
        boolean sees = unit.seesNumber(t.urgent(), t.anonymous());
        Map<String, Object> v = TicketViews.summary(t, user);
        v.put("full", true);
        v.put("text", SafeText.clean(t.text()));
        v.put("citizenName", t.anonymous() ? null : SafeText.cleanLine(t.citizenName()));
        v.put("citizen", citizen(t, sees));
        v.put("escalations", t.escalations());
        v.put("unit", unit(unit));
        v.put("told", told(t, sms));
        return v;
    }

    private static String citizen(TicketRow t, boolean sees) {
        if (t.citizenNumber() == null) {
            return null;
        }
        return t.anonymous() ? "anonim" : sees ? Masking.show(t.citizenNumber()) : Masking.mask(t.citizenNumber());
    }

    /** What the citizen was sent about the ticket (receipt, updates, answers), oldest first. */
    private static List<Map<String, Object>> told(TicketRow t, List<OutboxRow> sms) {
        return sms.stream().filter(o -> o.recipient().equals(t.citizenNumber())).map(o -> {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("at", o.createdAt() == null ? null : o.createdAt().toString());
            v.put("text", SafeText.clean(o.text()));
            v.put("state", o.state());
            return v;
        }).toList();
    }

    private static Map<String, Object> unit(Unit u) {
        return Map.of("code", u.code(), "name", u.name());
    }
}
