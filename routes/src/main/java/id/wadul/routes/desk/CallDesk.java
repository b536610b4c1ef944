package id.wadul.routes.desk;

import id.wadul.routes.desk.CallValidator.ValidCall;
import id.wadul.routes.flow.ComplaintIntake;
import id.wadul.routes.flow.NewComplaint;
import id.wadul.routes.flow.OpenedTicket;
import id.wadul.sql.desk.CallMapper;
import id.wadul.sql.desk.CallRow;
import id.wadul.sql.desk.DeskTicketMapper;
import id.wadul.sql.desk.TicketNote;
import id.wadul.sql.desk.TicketSummary;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * What the desk does with a call: a new ticket through the same {@link ComplaintIntake} as an SMS
 * (channel {@code radio}), or a note on an open ticket it is linked to; and the lists the presenter reads from.
 */
public final class CallDesk {

    private static final Logger LOG = LoggerFactory.getLogger(CallDesk.class);
    private static final Set<String> OPEN_STATES = Set.of("TRIAGE", "OPEN", "IN_PROGRESS");
    private static final Duration SIMILAR_WINDOW = Duration.ofDays(30);
    private static final Duration RECENT_WINDOW = Duration.ofDays(7);
    private static final int LIST_LIMIT = 200;

    private final SqlSessionFactory sql;
    private final ComplaintIntake intake;
    private final CallValidator validator;
    private final ZoneId zone;
    private final Clock clock;
    private final RequestBudget lookups;

    /** @param lookups the per-account budget of "similar" lookups and links to a ticket */
    public CallDesk(SqlSessionFactory sql, ComplaintIntake intake, CallValidator validator, ZoneId zone, Clock clock,
            RequestBudget lookups) {
        this.sql = sql;
        this.intake = intake;
        this.validator = validator;
        this.zone = zone;
        this.clock = clock;
        this.lookups = lookups;
    }

    /**
     * Whether {@code user} may see {@code ticket} at all: every non-secret ticket (in the limited view of
     * {@link CallApi}), and a secret one only at the station that took it.
     */
    static boolean visible(DeskUser user, TicketSummary ticket) {
        return !ticket.secret() || ticket.takenBy(user.station());
    }

    /** What the page shows after a submit: the number to read on air. */
    public record Logged(String ticket, String category, boolean urgent, boolean triage, List<String> units,
            boolean linked, boolean duplicate) {
    }

    /** A call with its ticket's current state and the units' notes. */
    public record CallView(CallRow call, String state, List<TicketNote> notes) {
    }

    public Logged log(DeskUser user, CallRequest request) {
        ValidCall valid = validator.validate(request);
        if (valid.linkTicket() != null) {
            lookups.spend(user);
            return link(user, valid);
        }
        return open(user, valid);
    }

    private Logged open(DeskUser user, ValidCall valid) {
        CallRequest r = valid.request();
        boolean urgent = r.urgent() || r.emergency();
        NewComplaint complaint = NewComplaint.builder("radio", r.text()).citizen(valid.citizenNumber(), r.name())
                .anonymous(r.anonymous()).secret(r.secret()).urgent(urgent).notifyCitizen(r.consentSms())
                .place(r.kecamatan(), r.desa()).overrides(r.category(), r.units())
                .operator(user.username(), user.station()).build();
        OpenedTicket ticket = intake.open(complaint);
        MDC.put("ticket", ticket.number());
        try {
            try (SqlSession s = sql.openSession(true)) {
                s.getMapper(CallMapper.class).insert(row(user, valid, ticket.ticketId(), ticket.number(), false,
                        ticket.category(), ticket.urgent(), clock.instant()));
            } catch (RuntimeException e) {
                // the ticket (with operator and station) is stored and forwarded: the presenter still gets its
                // number; only the desk's own list will miss this call
                LOG.error("Desk call log row for ticket {} not stored", ticket.number(), e);
            }
            LOG.info("Desk call by {} ({}) opened ticket {}: category {}, urgent {}, triage {}, units {}",
                    user.username(), user.station(), ticket.number(), ticket.category(), ticket.urgent(),
                    ticket.triage(), ticket.units());
            return new Logged(ticket.number(), ticket.category(), ticket.urgent(), ticket.triage(), ticket.units(),
                    false, ticket.duplicateOf());
        } finally {
            MDC.remove("ticket");
        }
    }

    private Logged link(DeskUser user, ValidCall valid) {
        CallRequest r = valid.request();
        try (SqlSession s = sql.openSession(false)) {
            DeskTicketMapper tickets = s.getMapper(DeskTicketMapper.class);
            TicketSummary ticket = tickets.findByNumber(valid.linkTicket());
            if (ticket == null || !visible(user, ticket) || !OPEN_STATES.contains(ticket.state())) {
                throw ApiException.invalid("linkTicket", "Tiket tidak ditemukan atau sudah ditutup.");
            }
            MDC.put("ticket", ticket.number());
            try {
                String detail = "Panggilan radio (" + user.station() + "): " + r.text();
                tickets.insertOperatorNote(ticket.id(), clock.instant(), user.username(),
                        detail.length() > 1000 ? detail.substring(0, 1000) : detail);
                s.getMapper(CallMapper.class).insert(row(user, valid, ticket.id(), ticket.number(), true,
                        ticket.category(), ticket.urgent() || r.urgent() || r.emergency(), clock.instant()));
                s.commit();
                LOG.info("Desk call by {} ({}) linked to ticket {}", user.username(), user.station(), ticket.number());
                return new Logged(ticket.number(), ticket.category(), ticket.urgent(), "TRIAGE".equals(ticket.state()),
                        List.of(), true, false);
            } finally {
                MDC.remove("ticket");
            }
        }
    }

    private static CallRow row(DeskUser user, ValidCall valid, long ticketId, String number, boolean linked,
            String category, boolean urgent, Instant at) {
        CallRequest r = valid.request();
        return CallRow.builder().ticket(ticketId, number, linked).desk(user.username(), user.station())
                .caller(r.name(), valid.citizenNumber(), r.consentSms() && valid.citizenNumber() != null)
                .place(r.kecamatan(), r.desa()).text(r.text()).category(category).urgent(urgent)
                .emergency(r.emergency()).anonymous(r.anonymous()).secret(r.secret()).createdAt(at).build();
    }

    /**
     * Open tickets of the category in the village that {@code user} may see, to link a call to instead of
     * opening another: never another station's secret ticket. Spends the user's lookup budget.
     */
    public List<TicketSummary> similar(DeskUser user, String category, String desaCode) {
        lookups.spend(user);
        if (category == null || desaCode == null) {
            return List.of();
        }
        try (SqlSession s = sql.openSession(true)) {
            return s.getMapper(DeskTicketMapper.class).similar(category, desaCode,
                    clock.instant().minus(SIMILAR_WINDOW), user.station(), 10).stream()
                    .filter(t -> visible(user, t)).toList();
        }
    }

    /** Local midnight today, or a week ago. */
    Instant since(boolean today) {
        return today ? LocalDate.now(clock.withZone(zone)).atStartOfDay(zone).toInstant()
                : clock.instant().minus(RECENT_WINDOW);
    }

    /**
     * Today's (since local midnight) or the last week's calls of the user's station (admins too), newest first,
     * with their tickets' states; the officers' notes only for tickets the station took itself (a call linked to
     * another channel's ticket shows that ticket's state, not its notes).
     *
     * @param ticket only calls on this ticket number, or null
     */
    public List<CallView> calls(DeskUser user, boolean today, String ticket) {
        Instant since = since(today);
        try (SqlSession s = sql.openSession(true)) {
            List<CallRow> calls = s.getMapper(CallMapper.class).list(user.station(), since, ticket, LIST_LIMIT);
            if (calls.isEmpty()) {
                return List.of();
            }
            Set<Long> ids = calls.stream().map(CallRow::ticketId).collect(Collectors.toCollection(LinkedHashSet::new));
            DeskTicketMapper tickets = s.getMapper(DeskTicketMapper.class);
            List<TicketSummary> summaries = tickets.findByIds(ids);
            Map<Long, String> states = summaries.stream()
                    .collect(Collectors.toMap(TicketSummary::id, TicketSummary::state));
            Set<Long> own = summaries.stream().filter(t -> t.takenBy(user.station())).map(TicketSummary::id)
                    .collect(Collectors.toSet());
            Map<Long, List<TicketNote>> notes = own.isEmpty() ? Map.of() : tickets.notes(own).stream()
                    .collect(Collectors.groupingBy(TicketNote::ticketId));
            List<CallView> views = new ArrayList<>(calls.size());
            for (CallRow call : calls) {
                views.add(new CallView(call, states.getOrDefault(call.ticketId(), "?"),
                        notes.getOrDefault(call.ticketId(), List.of())));
            }
            return views;
        }
    }

}
