package id.wadul.routes.console.triage;

import id.wadul.routes.console.tickets.IncidentWork;
import id.wadul.routes.console.tickets.TicketWork;
import id.wadul.routes.desk.ApiException;
import id.wadul.routes.desk.DeskUser;
import id.wadul.routes.flow.Masking;
import id.wadul.routes.understand.ComplaintAnalyzer;
import id.wadul.routes.understand.Unit;
import id.wadul.sql.console.BlockedNumberMapper;
import id.wadul.sql.console.ConsoleTicketMapper;
import id.wadul.routes.learn.Labels;
import id.wadul.routes.learn.PlaceLearning;
import id.wadul.sql.console.TriageDecisionMapper;
import id.wadul.sql.console.TriageDecisionRow;
import id.wadul.sql.ticket.TicketMapper;
import id.wadul.sql.ticket.TicketRow;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.session.SqlSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The triage queue's decisions on a ticket in TRIAGE: release into the flow with the chosen category, place and
 * units; merge into an open ticket (and its incident); spam or prank (optionally blocking the number); ask the citizen for details.
 * Each is recorded in {@code triage_decision} beside what the system had suggested ({@link Suggestion}).
 */
final class TriageDecisions {

    private static final Logger LOG = LoggerFactory.getLogger(TriageDecisions.class);
    static final int MAX_BLOCK_DAYS = 365;

    private final TicketWork work;
    private final IncidentWork incidents;
    private final ComplaintAnalyzer analyzer;
    private final PlaceLearning places;

    TriageDecisions(TicketWork work, ComplaintAnalyzer analyzer, PlaceLearning places) {
        this.work = work;
        this.incidents = new IncidentWork(work);
        this.analyzer = analyzer;
        this.places = places;
    }

    /**
     * The ticket leaves triage: category and place set, the units' officers get the forward, the citizen told; the
     * text's place phrases are learned for the desa chosen (and used from the next complaint on).
     */
    void release(DeskUser user, String number, Choice choice) {
        List<Unit> units = work.units(choice.units());
        List<String> learned = work.onTicket(number, (session, t, now) -> {
            requireTriage(t);
            Suggestion s = Suggestion.of(t, analyzer);
            TicketMapper tickets = session.getMapper(TicketMapper.class);
            session.getMapper(ConsoleTicketMapper.class).updateAssignment(t.id(), choice.category(),
                    choice.kecamatanCode(), choice.kecamatanName(), choice.desaCode(), choice.desaName(), now);
            // an urgent ticket went to its best-guess units already: those kept are not sent it again
            List<String> before = tickets.activeUnits(t.id());
            List<String> chosen = units.stream().map(Unit::code).toList();
            before.stream().filter(code -> !chosen.contains(code)).forEach(code -> tickets.deactivateUnit(t.id(), code));
            List<Unit> added = units.stream().filter(u -> !before.contains(u.code())).toList();
            tickets.updateState(t.id(), "OPEN", now);
            TicketRow updated = tickets.findById(t.id());
            long eventId = work.event(session, updated, user, "RELEASED", null, "category " + choice.category()
                    + "; place " + choice.describePlace() + "; units " + Suggestion.codes(units),
                    "triage decision by " + user.username(), now);
            work.forward(session, updated, added, eventId, "forward", now);
            work.tellCitizen(session, updated, eventId, "citizen.released", Map.of("units", TicketWork.names(units)),
                    now);
            record(session, t, s, "RELEASE", choice.category(), choice.kecamatanCode(), choice.desaCode(),
                    Suggestion.codes(units), null, null, user, now);
            LOG.info("Ticket {} released from triage by {}: {} -> {}", t.number(), user.username(),
                    choice.category(), Suggestion.codes(units));
            return places.capture(session, t.text(), choice.desaCode(), PlaceLearning.Source.TRIAGE, t.id(),
                    user.username(), now);
        });
        if (!learned.isEmpty()) {
            places.apply();
        }
    }

    /**
     * The ticket joins an open ticket about the same matter, and so its incident ({@link IncidentWork#join}): it
     * takes that ticket's category, place, state and units (whose officers get a "+N laporan" SMS), it is linked,
     * both get a MERGED event, and its citizen is told; they keep their ticket and hear every update of the
     * incident.
     */
    void merge(DeskUser user, String number, String intoNumber) {
        work.onTicket(number, (session, t, now) -> {
            requireTriage(t);
            TicketMapper tickets = session.getMapper(TicketMapper.class);
            TicketRow into = intoNumber.equals(t.number()) ? null : tickets.lockByNumber(intoNumber);
            if (into == null || into.closed() || "TRIAGE".equals(into.state())) {
                throw ApiException.invalid("into", "Tiket tujuan tidak ditemukan, masih di triase, atau sudah ditutup.");
            }
            Suggestion s = Suggestion.of(t, analyzer);
            ConsoleTicketMapper console = session.getMapper(ConsoleTicketMapper.class);
            console.insertMerge(t.id(), into.id(), user.username(), now);
            incidents.join(session, t, into, user, now);
            long eventId = work.event(session, t, user, "MERGED", null, "merged into " + into.number(), null, now);
            work.event(session, into, user, "MERGED", null, "ticket " + t.number() + " (" + t.channel()
                    + ") merged into this one", null, now);
            work.tellCitizen(session, t, eventId, "citizen.merged", Map.of("target", into.number()), now);
            record(session, t, s, "MERGE", into.category(), into.kecamatanCode(), into.desaCode(),
                    String.join(",", tickets.activeUnits(into.id())), into.id(), null, user, now);
            LOG.info("Ticket {} merged into {} by {}", t.number(), into.number(), user.username());
            return null;
        });
    }

    /** Spam or a prank: rejected without a word to the sender; its number blocked for {@code blockDays} if > 0. */
    void spam(DeskUser user, String number, int blockDays, String reason) {
        if (blockDays < 0 || blockDays > MAX_BLOCK_DAYS) {
            throw ApiException.invalid("blockDays", "Blokir 0 sampai " + MAX_BLOCK_DAYS + " hari.");
        }
        work.onTicket(number, (session, t, now) -> {
            requireTriage(t);
            if (blockDays > 0 && t.citizenNumber() == null) {
                throw ApiException.invalid("blockDays", "Tiket ini tidak punya nomor warga untuk diblokir.");
            }
            Suggestion s = Suggestion.of(t, analyzer);
            TicketMapper tickets = session.getMapper(TicketMapper.class);
            tickets.activeUnits(t.id()).forEach(code -> tickets.deactivateUnit(t.id(), code));
            tickets.updateState(t.id(), "REJECTED", now);
            String detail = (reason == null ? "spam/prank" : reason);
            if (blockDays > 0) {
                Instant until = now.plus(Duration.ofDays(blockDays));
                session.getMapper(BlockedNumberMapper.class).block(t.citizenNumber(), until, detail, t.id(),
                        user.username(), now);
                detail += "; number " + Masking.mask(t.citizenNumber()) + " blocked until " + until;
            }
            work.event(session, t, user, "SPAM", null, detail, null, now);
            record(session, t, s, "SPAM", null, null, null, null, null, detail, user, now);
            LOG.info("Ticket {} marked spam by {} (number blocked {} days)", t.number(), user.username(), blockDays);
            return null;
        });
    }

    /** An SMS to the citizen asking for details; the ticket stays in triage. */
    void ask(DeskUser user, String number, String question) {
        work.onTicket(number, (session, t, now) -> {
            requireTriage(t);
            TicketWork.requireReachable(t);
            Suggestion s = Suggestion.of(t, analyzer);
            long eventId = work.event(session, t, user, "ASKED", null, question, null, now);
            work.tellCitizen(session, t, eventId, "citizen.ask", Map.of("note", question), now);
            record(session, t, s, "ASK", null, null, null, null, null, question, user, now);
            LOG.info("Ticket {}: citizen asked for details by {}", t.number(), user.username());
            return null;
        });
    }

    private static void requireTriage(TicketRow t) {
        if (!"TRIAGE".equals(t.state())) {
            throw new ApiException(409, "Tiket " + t.number() + " tidak lagi di antrean triase.");
        }
    }

    private static void record(SqlSession session, TicketRow t, Suggestion s, String action, String category,
            String kecamatan, String desa, String units, Long mergedInto, String detail, DeskUser user,
            Instant now) {
        session.getMapper(TriageDecisionMapper.class).insert(new TriageDecisionRow(0, t.id(), action, s.category(),
                s.kecamatanCode(), s.desaCode(), s.unitCodes(), s.score(), category, kecamatan, desa, units,
                mergedInto, detail, user.username(), now));
        if (category != null && ("RELEASE".equals(action) || "MERGE".equals(action))) {
            // what the office decided is where the complaint belonged: learned routing learns it
            Labels.add(session, t.text(), category, Labels.Source.TRIAGE, t.id(), now);
        }
    }
}
