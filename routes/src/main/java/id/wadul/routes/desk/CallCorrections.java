package id.wadul.routes.desk;

import id.wadul.routes.console.tickets.TicketWork;
import id.wadul.routes.desk.CallValidator.ValidCall;
import id.wadul.routes.flow.Forwards;
import id.wadul.routes.understand.ComplaintAnalyzer;
import id.wadul.routes.understand.Unit;
import id.wadul.sql.console.ConsoleTicketMapper;
import id.wadul.sql.desk.CallMapper;
import id.wadul.sql.desk.CallRow;
import id.wadul.sql.desk.DeskTicketMapper;
import id.wadul.sql.ticket.TicketEventRow;
import id.wadul.sql.ticket.TicketMapper;
import id.wadul.sql.ticket.TicketRow;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.ibatis.session.SqlSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A radio operator takes back or corrects a call shortly after logging it ({@code desk.call.editWindow}): a
 * withdrawal cancels the ticket (REJECTED, event WITHDRAWN) and tells the units it was forwarded to
 * ({@code forward.withdrawn}) and the citizen; a correction updates the ticket's text, category and place
 * (event CORRECTED) and sends the units the corrected forward ({@code forward.corrected}); when the category or
 * the place changes an open ticket's route, the units no longer responsible get {@code forward.withdrawn} and
 * the new ones the forward. Only the call's operator (or their station's admin) may, within the window; the
 * ticket row is locked for the whole change ({@link TicketWork}).
 */
final class CallCorrections {

    private static final Logger LOG = LoggerFactory.getLogger(CallCorrections.class);
    static final String ACTOR_KIND = "OPERATOR";

    private final TicketWork work;
    private final Forwards forwards;
    private final ComplaintAnalyzer analyzer;
    private final CallValidator validator;
    private final PlaceSearch places;
    private final Duration window;

    CallCorrections(TicketWork work, Forwards forwards, ComplaintAnalyzer analyzer, CallValidator validator,
            PlaceSearch places, Duration window) {
        this.work = work;
        this.forwards = forwards;
        this.analyzer = analyzer;
        this.validator = validator;
        this.places = places;
        this.window = window;
    }

    /** What the operator changes: the text, the category (null: keep), the place. */
    record Correction(String text, String category, String kecamatan, String desa) {
    }

    void withdraw(DeskUser user, String number, String reason) {
        work.onTicket(number, (session, ticket, now) -> {
            CallRow call = editable(session, user, ticket, now);
            TicketMapper tickets = session.getMapper(TicketMapper.class);
            List<Unit> told = activeUnits(tickets, ticket);
            long eventId = event(session, ticket, user, "WITHDRAWN", "ditarik operator radio"
                    + (reason == null ? "" : ": " + reason) + "; unit diberi tahu: " + codes(told), now);
            tickets.updateState(ticket.id(), "REJECTED", now);
            for (Unit unit : told) {
                forwards.queue(session, ticket, unit, "event:" + eventId + ":withdrawn:" + unit.code(),
                        "forward.withdrawn", now);
            }
            work.tellCitizen(session, ticket, eventId, "citizen.withdrawn", Map.of(), now);
            session.getMapper(CallMapper.class).withdraw(call.id(), now);
            LOG.info("Ticket {} withdrawn by desk operator {} ({}); units told: {}", ticket.number(),
                    user.username(), user.station(), codes(told));
            return null;
        });
    }

    void correct(DeskUser user, String number, Correction change) {
        work.onTicket(number, (session, ticket, now) -> {
            CallRow call = editable(session, user, ticket, now);
            ValidCall valid = validator.validate(new CallRequest(call.callerName(), call.citizenNumber(),
                    call.notifyCitizen(), change.kecamatan(), change.desa(), change.text(), call.urgent(),
                    call.anonymous(), call.secret(), call.emergency(), change.category(), List.of(), null));
            String text = valid.request().text();
            String category = change.category() != null ? change.category() : ticket.category();
            PlaceSearch.Entry kecamatan = places.kecamatanByCode(change.kecamatan()).orElseThrow();
            PlaceSearch.Entry desa = change.desa() == null ? null
                    : places.villageIn(kecamatan.code(), change.desa()).orElseThrow();
            boolean routeChanged = !category.equals(ticket.category())
                    || !kecamatan.code().equals(ticket.kecamatanCode());
            boolean textChanged = !text.equals(ticket.text());
            if (!routeChanged && !textChanged && Objects.equals(desa == null ? null : desa.code(), ticket.desaCode())) {
                throw new ApiException(400, "Tidak ada yang diubah.");
            }
            session.getMapper(ConsoleTicketMapper.class).updateAssignment(ticket.id(), category, kecamatan.code(),
                    kecamatan.name(), desa == null ? null : desa.code(), desa == null ? null : desa.name(), now);
            if (textChanged) {
                session.getMapper(DeskTicketMapper.class).correctText(ticket.id(), text,
                        analyzer.analyze(text).normalisedText(), now);
            }
            session.getMapper(CallMapper.class).correct(call.id(), text, category, kecamatan.code(),
                    desa == null ? null : desa.code(), now);
            TicketMapper tickets = session.getMapper(TicketMapper.class);
            TicketRow updated = tickets.findById(ticket.id());
            List<Unit> before = activeUnits(tickets, ticket);
            // a ticket in triage stays with the triage desk, which decides its route; an open one follows the table
            List<Unit> after = routeChanged && !"TRIAGE".equals(ticket.state())
                    ? analyzer.responsibilities().unitsFor(category, kecamatan.code()) : before;
            List<Unit> dropped = before.stream().filter(u -> !after.contains(u)).toList();
            List<Unit> kept = before.stream().filter(after::contains).toList();
            List<Unit> added = after.stream().filter(u -> !before.contains(u)).toList();
            long eventId = event(session, updated, user, "CORRECTED", describe(ticket, updated, textChanged)
                    + "; unit " + codes(before) + " -> " + codes(after), now);
            for (Unit unit : dropped) {
                tickets.deactivateUnit(ticket.id(), unit.code());
                forwards.queue(session, updated, unit, "event:" + eventId + ":withdrawn:" + unit.code(),
                        "forward.withdrawn", now);
            }
            for (Unit unit : kept) {
                forwards.queue(session, updated, unit, "event:" + eventId + ":corrected:" + unit.code(),
                        "forward.corrected", now);
            }
            work.forward(session, updated, added, eventId, "forward", now);
            LOG.info("Ticket {} corrected by desk operator {} ({}): units {} -> {}", ticket.number(),
                    user.username(), user.station(), codes(before), codes(after));
            return null;
        });
    }

    /**
     * The call that opened the ticket, when {@code user} may still change it: 404 for another station's (as if
     * absent), 403 for another operator of the station, 409 once withdrawn, closed or past the window.
     */
    private CallRow editable(SqlSession session, DeskUser user, TicketRow ticket, Instant now) {
        CallRow call = session.getMapper(CallMapper.class).opening(ticket.number());
        if (call == null || !call.station().equals(user.station())) {
            throw new ApiException(404, "Panggilan dengan tiket " + ticket.number() + " tidak ada di stasiun ini.");
        }
        if (!call.operator().equals(user.username()) && !user.isAdmin()) {
            throw new ApiException(403, "Hanya operator yang mencatat panggilan ini (" + call.operator()
                    + ") yang dapat mengoreksi atau menariknya.");
        }
        if (call.withdrawnAt() != null) {
            throw new ApiException(409, "Panggilan " + ticket.number() + " sudah ditarik.");
        }
        if (now.isAfter(call.createdAt().plus(window))) {
            throw new ApiException(409, "Batas waktu koreksi (" + minutes(window) + " menit setelah dicatat) sudah "
                    + "lewat. Untuk mengubah tiket " + ticket.number() + ", hubungi petugas triase Kominfo.");
        }
        if (ticket.closed()) {
            throw new ApiException(409, "Tiket " + ticket.number() + " sudah ditutup; tidak dapat diubah lagi.");
        }
        return call;
    }

    private long event(SqlSession session, TicketRow ticket, DeskUser user, String kind, String detail,
            Instant now) {
        TicketMapper tickets = session.getMapper(TicketMapper.class);
        String cut = detail.length() > 1000 ? detail.substring(0, 1000) : detail;
        tickets.insertEvent(new TicketEventRow(0, ticket.id(), now, ACTOR_KIND, user.username(), kind, null, cut,
                "desk operator " + user.username() + " (" + user.station() + ")"));
        return tickets.lastInsertId();
    }

    private List<Unit> activeUnits(TicketMapper tickets, TicketRow ticket) {
        List<Unit> units = new ArrayList<>();
        for (String code : tickets.activeUnits(ticket.id())) {
            analyzer.responsibilities().unit(code).ifPresent(units::add);
        }
        return units;
    }

    private static String describe(TicketRow before, TicketRow after, boolean textChanged) {
        StringBuilder d = new StringBuilder("koreksi operator:");
        if (textChanged) {
            d.append(" isi diperbaiki;");
        }
        if (!after.category().equals(before.category())) {
            d.append(" kategori ").append(before.category()).append(" -> ").append(after.category()).append(';');
        }
        if (!Objects.equals(after.kecamatanCode(), before.kecamatanCode())
                || !Objects.equals(after.desaCode(), before.desaCode())) {
            d.append(" tempat ").append(place(before)).append(" -> ").append(place(after)).append(';');
        }
        return d.substring(0, d.length() - 1);
    }

    private static String place(TicketRow t) {
        return t.kecamatanName() == null ? "?" : (t.desaName() == null ? "" : t.desaName() + ", ") + t.kecamatanName();
    }

    private static String codes(List<Unit> units) {
        return units.isEmpty() ? "-" : String.join(", ", units.stream().map(Unit::code).toList());
    }

    private static long minutes(Duration d) {
        return Math.max(1, d.toMinutes());
    }
}
