package id.wadul.routes.console.tickets;

import id.wadul.routes.desk.DeskUser;
import id.wadul.routes.flow.Masking;
import id.wadul.routes.text.SafeText;
import id.wadul.routes.understand.Responsibilities;
import id.wadul.routes.understand.Unit;
import id.wadul.sql.outbox.OutboxRow;
import id.wadul.sql.ticket.TicketEventRow;
import id.wadul.sql.ticket.TicketRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A ticket's whole story in time order: its events (the citizen's messages, routing, forwards, officers'
 * replies, notes, escalations, merges, the console's decisions) and every SMS queued for it with its delivery
 * state. Each entry has {@code type} {@code event} or {@code sms}.
 */
public final class Timeline {

    private final Responsibilities units;

    public Timeline(Responsibilities units) {
        this.units = units;
    }

    List<Map<String, Object>> of(TicketRow ticket, DeskUser user, List<TicketEventRow> events,
            List<OutboxRow> sms) {
        return of(ticket, TicketViews.citizen(ticket, user), TicketAccess.staff(user), events, sms);
    }

    /**
     * The timeline for a reader who sees the citizen as {@code citizen} (the number in full or masked) and, when
     * {@code seesNumber}, the number in full in forwards' texts too (else masked there).
     */
    public List<Map<String, Object>> of(TicketRow ticket, String citizen, boolean seesNumber,
            List<TicketEventRow> events, List<OutboxRow> sms) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (TicketEventRow e : events) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("type", "event");
            v.put("at", TicketViews.time(e.at()));
            v.put("kind", e.kind());
            v.put("actorKind", e.actorKind());
            v.put("actor", SafeText.cleanLine(e.actor()));
            v.put("unit", unitName(e.unitCode()));
            v.put("detail", "CREATED".equals(e.kind()) ? SafeText.clean(ticket.text()) + " (" + e.detail() + ")"
                    : SafeText.clean(e.detail()));
            v.put("rule", e.rule());
            v.put("order", e.id());
            v.put("instant", e.at());
            entries.add(v);
        }
        for (OutboxRow o : sms) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("type", "sms");
            v.put("at", TicketViews.time(o.createdAt()));
            v.put("kind", "SMS");
            v.put("to", recipient(ticket, citizen, o.recipient()));
            v.put("text", maskCitizen(ticket, seesNumber, SafeText.clean(o.text())));
            v.put("state", o.state());
            v.put("attempts", o.attempts());
            v.put("sentAt", TicketViews.time(o.sentAt()));
            v.put("error", o.lastError());
            v.put("order", o.id());
            v.put("instant", o.createdAt());
            entries.add(v);
        }
        entries.sort(Comparator.comparing((Map<String, Object> m) -> (Instant) m.get("instant"))
                .thenComparing(m -> "sms".equals(m.get("type")) ? 1 : 0)
                .thenComparing(m -> (Long) m.get("order")));
        entries.forEach(m -> {
            m.remove("order");
            m.remove("instant");
        });
        return entries;
    }

    /** "warga 0812****7890" (as the caller may see it) or "petugas <unit> (<number>)". */
    private String recipient(TicketRow ticket, String citizen, String number) {
        if (number.equals(ticket.citizenNumber())) {
            return "warga " + citizen;
        }
        Optional<Unit> unit = units.unitOfOfficer(number);
        return unit.map(u -> "petugas " + u.name() + " (" + Masking.show(number) + ")")
                .orElse(Masking.mask(number));
    }

    /** Forwards may carry the citizen's number in full (units that see it): masked for those who may not see it. */
    private static String maskCitizen(TicketRow ticket, boolean seesNumber, String text) {
        if (seesNumber || ticket.citizenNumber() == null || text == null) {
            return text;
        }
        String masked = Masking.mask(ticket.citizenNumber());
        return text.replace(Masking.show(ticket.citizenNumber()), masked).replace(ticket.citizenNumber(), masked);
    }

    private String unitName(String code) {
        return code == null ? null : units.unit(code).map(Unit::name).orElse(code);
    }
}
