package id.wadul.routes.flow;

import id.wadul.routes.understand.Analysis;
import id.wadul.routes.understand.Unit;
import id.wadul.sql.incident.IncidentLink;
import id.wadul.sql.ticket.RepeatKey;
import id.wadul.sql.ticket.TicketEventRow;
import id.wadul.sql.ticket.TicketId;
import id.wadul.sql.ticket.TicketMapper;
import id.wadul.sql.ticket.TicketRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the new tickets the decide step chose, in the batch's transaction: free ticket numbers, one multi-row
 * INSERT, and for each ticket its units, events (each automatic decision with its rule), one forward per
 * officer of each unit (a "+N laporan" SMS instead when it joins an incident: {@link IncidentForwards}) and the
 * citizen's receipt, gathered in the batch's {@link Writes}.
 */
final class NewTickets {

    private static final Logger LOG = LoggerFactory.getLogger(NewTickets.class);

    private final FreeTicketNumbers freeNumbers;
    private final Forwards forwards;
    private final IncidentForwards incidents;
    private final Messages messages;
    private final FlowSettings settings;

    NewTickets(RandomGenerator random, Forwards forwards, Messages messages, FlowSettings settings) {
        this.freeNumbers = new FreeTicketNumbers(random);
        this.forwards = forwards;
        this.incidents = new IncidentForwards(forwards);
        this.messages = messages;
        this.settings = settings;
    }

    /**
     * Inserts the tickets of {@code pending} with one statement, gathers their rows in the batch's writes, and
     * remembers each as the newest ticket for its (number, text). Empties {@code pending}.
     */
    void open(Batch batch, List<Batch.Item> pending) {
        if (pending.isEmpty()) {
            return;
        }
        TicketMapper tickets = batch.session().getMapper(TicketMapper.class);
        Instant now = batch.now();
        List<String> numbers = freeNumbers.take(tickets, pending.size());
        List<TicketRow> rows = new ArrayList<>(pending.size());
        for (int i = 0; i < pending.size(); i++) {
            rows.add(row(pending.get(i), numbers.get(i), now));
        }
        Map<String, Long> ids = new HashMap<>();
        for (TicketId id : tickets.insertAll(rows)) {
            ids.put(id.number(), id.id());
        }
        List<IncidentLink> links = new ArrayList<>();
        for (int i = 0; i < pending.size(); i++) {
            Batch.Item item = pending.get(i);
            Long id = ids.get(numbers.get(i));
            if (id == null) {
                throw new IllegalStateException("ticket " + numbers.get(i) + " was inserted but not returned");
            }
            TicketRow ticket = rows.get(i).withId(id);
            NewComplaint c = item.complaint;
            Assignment decision = item.assignment;
            item.opened = LogContext.withTicket(item.messageId(), ticket.number(), () -> {
                record(ticket, c, item.analysis, decision, item.incident, links, now, batch.writes());
                LOG.info("Opened ticket {} ({}, {}{}) for {} -> {}", ticket.number(), c.channel(),
                        decision.category(), decision.urgent() ? ", urgent" : "",
                        Masking.mask(c.citizenNumber()), decision.unitCodes());
                return new OpenedTicket(ticket.id(), ticket.number(), decision.category(), decision.urgent(),
                        decision.triage(), decision.unitCodes(), false);
            });
            RepeatKey key = item.repeatKey();
            if (key != null) {
                batch.earlier().put(key, ticket);
            }
        }
        IncidentForwards.link(batch.session(), links);
        pending.clear();
    }

    private TicketRow row(Batch.Item item, String number, Instant now) {
        NewComplaint c = item.complaint;
        Analysis analysis = item.analysis;
        Assignment decision = item.assignment;
        return TicketRow.builder()
                .number(number).channel(c.channel())
                .citizen(c.citizenNumber(), blankToNull(c.citizenName()))
                .anonymous(c.anonymous()).secret(c.secret())
                .notifyCitizen(c.notifyCitizen() && c.citizenNumber() != null)
                .text(c.text().strip(), analysis.normalisedText(), item.textHash)
                .category(decision.category()).urgent(decision.urgent()).confident(analysis.confident())
                .kecamatan(decision.place().kecamatanCode(), decision.place().kecamatanName())
                .desa(decision.place().desaCode(), decision.place().desaName())
                .state(decision.triage() ? "TRIAGE" : "OPEN")
                .dueAt(now.plus(settings.sla(decision.urgent())))
                .desk(c.operator(), c.station())
                .inboundMessageId(c.inboundMessageId())
                .createdAt(now).updatedAt(now)
                .build();
    }

    private void record(TicketRow ticket, NewComplaint c, Analysis analysis, Assignment decision,
            IncidentJoin incident, List<IncidentLink> links, Instant now, Writes writes) {
        String actorKind = c.operator() != null ? "OPERATOR" : "CITIZEN";
        String actor = c.operator() != null ? c.operator() : Masking.mask(c.citizenNumber());
        writes.event(new TicketEventRow(0, ticket.id(), now, actorKind, actor, "CREATED", null,
                c.channel() + (c.station() != null ? " " + c.station() : "") + "; category "
                        + decision.category() + (decision.urgent() ? ", urgent" : "") + "; score "
                        + analysis.score() + "; place " + decision.place().describe(),
                decision.categoryRule()));
        if (incident != null) {
            incidents.joined(writes, links, ticket, incident, now);
        }
        for (Unit unit : decision.units()) {
            writes.unit(ticket.id(), unit.code(), now);
            writes.event(new TicketEventRow(0, ticket.id(), now, "SYSTEM", "wadul",
                    decision.triage() ? "TRIAGED" : "ROUTED", unit.code(), unit.name(), decision.unitRule()));
            int queued = incident != null ? incidents.queue(writes, ticket, unit, incident, now)
                    : forwards.queue(writes, ticket, unit, "ticket:" + ticket.id() + ":forward:" + unit.code(),
                            "forward", now);
            writes.event(new TicketEventRow(0, ticket.id(), now, "SYSTEM", "wadul", "FORWARDED", unit.code(),
                    queued + " officer(s)" + (incident != null ? ", incident report " + incident.reports() : ""),
                    null));
        }
        if (ticket.notifyCitizen()) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("ticket", ticket.number());
            v.put("shortcode", settings.shortCode());
            v.put("category", decision.categoryName());
            v.put("units", String.join(", ", decision.units().stream().map(Unit::name).toList()));
            String text = messages.format(decision.triage() ? "citizen.receipt.triage" : "citizen.receipt", v);
            writes.sms("ticket:" + ticket.id() + ":receipt", ticket.id(), ticket.citizenNumber(), text, now);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
