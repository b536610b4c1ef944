package id.wadul.routes.flow;

import id.wadul.routes.understand.Officer;
import id.wadul.routes.understand.Unit;
import id.wadul.sql.ticket.TicketRow;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.ibatis.session.SqlSession;

/** Builds the SMS a unit's officers get about a ticket, and queues one per officer. */
public final class Forwards {

    /** The new report's text in a "+N laporan" SMS is cut to this many characters (one SMS in all). */
    static final int INCIDENT_TEXT_MAX = 40;

    private final Messages messages;
    private final FlowSettings settings;

    public Forwards(Messages messages, FlowSettings settings) {
        this.messages = messages;
        this.settings = settings;
    }

    /**
     * Queues the template {@code templateKey} for every officer of the unit, under one event key.
     *
     * @return how many officers it was queued for
     */
    public int queue(SqlSession session, TicketRow ticket, Unit unit, String eventKey, String templateKey,
            Instant now) {
        String text = text(ticket, unit, templateKey);
        int n = 0;
        for (Officer officer : unit.officers()) {
            Outbox.queue(session, eventKey, ticket.id(), officer.number(), text, now);
            n++;
        }
        return n;
    }

    /** {@link #queue(SqlSession, TicketRow, Unit, String, String, Instant)} gathered in {@code writes}. */
    int queue(Writes writes, TicketRow ticket, Unit unit, String eventKey, String templateKey, Instant now) {
        String text = text(ticket, unit, templateKey);
        for (Officer officer : unit.officers()) {
            writes.sms(eventKey, ticket.id(), officer.number(), text, now);
        }
        return unit.officers().size();
    }

    /**
     * Queues the short {@code forward.incident} SMS ("+N laporan") about a ticket that joined the incident of
     * ticket {@code incidentNumber}, now {@code reports} reports, for every officer of the unit.
     *
     * @return how many officers it was queued for
     */
    public int queueIncident(SqlSession session, TicketRow ticket, Unit unit, String eventKey, String incidentNumber,
            int reports, Instant now) {
        String text = incidentText(ticket, incidentNumber, reports);
        for (Officer officer : unit.officers()) {
            Outbox.queue(session, eventKey, ticket.id(), officer.number(), text, now);
        }
        return unit.officers().size();
    }

    /** The {@code forward.incident} text; the new report's text cut to {@link #INCIDENT_TEXT_MAX}. */
    String incidentText(TicketRow ticket, String incidentNumber, int reports) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("incident", incidentNumber);
        v.put("more", reports - 1);
        v.put("ticket", ticket.number());
        v.put("urgent", ticket.urgent() ? messages.text("label.urgent") : "");
        v.put("category", ticket.category());
        v.put("place", place(ticket));
        v.put("text", cut(ticket.text(), INCIDENT_TEXT_MAX));
        return messages.format("forward.incident", v);
    }

    String text(TicketRow ticket, Unit unit, String templateKey) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("ticket", ticket.number());
        v.put("urgent", ticket.urgent() ? messages.text("label.urgent") : "");
        v.put("category", ticket.category());
        v.put("place", place(ticket));
        v.put("citizen", citizen(ticket, unit));
        v.put("text", cut(ticket.text(), settings.forwardTextMax()));
        v.put("unit", unit.name());
        v.put("shortcode", settings.shortCode());
        return messages.format(templateKey, v);
    }

    /** Who complained, as this unit may see it. */
    String citizen(TicketRow ticket, Unit unit) {
        if (ticket.anonymous()) {
            return messages.text("label.anonymous");
        }
        String name = ticket.citizenName() == null ? "" : ticket.citizenName() + " ";
        if (ticket.citizenNumber() == null) {
            return name.isEmpty() ? messages.text("label.no.number") : name.strip();
        }
        return name + (mayShowNumber(ticket, unit) ? Masking.show(ticket.citizenNumber())
                : Masking.mask(ticket.citizenNumber()));
    }

    static boolean mayShowNumber(TicketRow ticket, Unit unit) {
        return unit.seesNumber(ticket.urgent(), ticket.anonymous());
    }

    String place(TicketRow ticket) {
        if (ticket.kecamatanName() == null) {
            return messages.text("label.place.unknown");
        }
        return (ticket.desaName() != null ? ticket.desaName() + ", " : "") + "Kec. " + ticket.kecamatanName();
    }

    static String cut(String text, int max) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, Math.max(0, max - 3)) + "...";
    }
}
