package id.wadul.routes.console.tickets;

import id.wadul.routes.desk.ApiException;
import id.wadul.routes.desk.DeskUser;
import id.wadul.routes.flow.FlowSettings;
import id.wadul.routes.flow.Forwards;
import id.wadul.routes.flow.Messages;
import id.wadul.routes.flow.Outbox;
import id.wadul.routes.understand.Responsibilities;
import id.wadul.routes.understand.Unit;
import id.wadul.sql.ticket.TicketEventRow;
import id.wadul.sql.ticket.TicketMapper;
import id.wadul.sql.ticket.TicketRow;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * The console's changes to a ticket, as the flow makes them: one transaction per action with the ticket row
 * locked, every change an event (actor kind {@code STAFF}, the account's username), the units' officers told
 * with the flow's {@link Forwards} and the citizen through the flow's {@link Outbox}; the dispatcher is woken
 * after the commit.
 */
public final class TicketWork {

    public static final String ACTOR_KIND = "STAFF";

    private final SqlSessionFactory sql;
    private final Responsibilities units;
    private final Forwards forwards;
    private final Messages messages;
    private final FlowSettings settings;
    private final Clock clock;
    private final Runnable wakeOutbox;

    public TicketWork(SqlSessionFactory sql, Responsibilities units, Messages messages, FlowSettings settings,
            Clock clock, Runnable wakeOutbox) {
        this.sql = sql;
        this.units = units;
        this.forwards = new Forwards(messages, settings);
        this.messages = messages;
        this.settings = settings;
        this.clock = clock;
        this.wakeOutbox = wakeOutbox;
    }

    /** What an action does inside its transaction, given the locked ticket and the time. */
    @FunctionalInterface
    public interface Action<T> {
        T apply(SqlSession session, TicketRow ticket, Instant now);
    }

    /** Runs the action on the ticket, row-locked, in one transaction; 404 when there is no such ticket. */
    public <T> T onTicket(String number, Action<T> action) {
        T result;
        try (SqlSession session = sql.openSession(false)) {
            TicketRow ticket = session.getMapper(TicketMapper.class).lockByNumber(number);
            if (ticket == null) {
                throw new ApiException(404, "Tiket " + number + " tidak ditemukan.");
            }
            result = action.apply(session, ticket, clock.instant());
            session.commit();
        }
        wakeOutbox.run();
        return result;
    }

    /** Runs the function in one transaction and wakes the dispatcher after the commit. */
    public <T> T inTransaction(BiFunction<SqlSession, Instant, T> work) {
        T result;
        try (SqlSession session = sql.openSession(false)) {
            result = work.apply(session, clock.instant());
            session.commit();
        }
        wakeOutbox.run();
        return result;
    }

    /** Inserts the event by the user and returns its id. */
    public long event(SqlSession session, TicketRow ticket, DeskUser user, String kind, String unitCode,
            String detail, String rule, Instant now) {
        TicketMapper tickets = session.getMapper(TicketMapper.class);
        tickets.insertEvent(new TicketEventRow(0, ticket.id(), now, ACTOR_KIND, user.username(), kind, unitCode,
                cut(detail), rule));
        return tickets.lastInsertId();
    }

    /**
     * Routes the ticket to the units and queues the template for each one's officers (keyed by the event that
     * caused it), with a FORWARDED event per unit, as the flow does.
     */
    public void forward(SqlSession session, TicketRow ticket, List<Unit> to, long eventId, String template,
            Instant now) {
        TicketMapper tickets = session.getMapper(TicketMapper.class);
        for (Unit unit : to) {
            tickets.addUnit(ticket.id(), unit.code(), now);
            int n = forwards.queue(session, ticket, unit, "event:" + eventId + ":forward:" + unit.code(), template,
                    now);
            tickets.insertEvent(new TicketEventRow(0, ticket.id(), now, "SYSTEM", "wadul", "FORWARDED",
                    unit.code(), n + " officer(s)", null));
        }
    }

    /**
     * Queues the template to the citizen (keyed by the event that caused it) when they asked to hear back.
     *
     * @return whether an SMS was queued
     */
    public boolean tellCitizen(SqlSession session, TicketRow ticket, long eventId, String template,
            Map<String, Object> values, Instant now) {
        if (!ticket.notifyCitizen() || ticket.citizenNumber() == null) {
            return false;
        }
        Map<String, Object> v = new LinkedHashMap<>(values);
        v.put("ticket", ticket.number());
        v.put("shortcode", settings.shortCode());
        Outbox.queue(session, "event:" + eventId + ":citizen", ticket.id(), ticket.citizenNumber(),
                messages.format(template, v), now);
        return true;
    }

    /** 400 unless the citizen can be reached by SMS on this ticket. */
    public static void requireReachable(TicketRow ticket) {
        if (ticket.citizenNumber() == null || !ticket.notifyCitizen()) {
            throw new ApiException(400, "Warga pada tiket ini tidak dapat dihubungi lewat SMS.");
        }
    }

    /** The units of these codes, in order, without repeats; 400 naming the first unknown one or an empty list. */
    public List<Unit> units(List<String> codes) {
        if (codes == null || codes.isEmpty()) {
            throw ApiException.invalid("units", "Pilih minimal satu unit.");
        }
        List<Unit> found = new ArrayList<>();
        for (String code : new LinkedHashSet<>(codes)) {
            found.add(units.unit(code).orElseThrow(() -> ApiException.invalid("units",
                    "Unit tidak dikenal: " + cut(code, 40) + ".")));
        }
        return found;
    }

    public Responsibilities responsibilities() {
        return units;
    }

    /** The flow's forwards, for SMS to units' officers beyond {@link #forward}. */
    public Forwards forwards() {
        return forwards;
    }

    /** Unit names joined for an SMS. */
    public static String names(List<Unit> units) {
        return String.join(", ", units.stream().map(Unit::name).toList());
    }

    private static String cut(String text) {
        return cut(text, 1000);
    }

    static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
