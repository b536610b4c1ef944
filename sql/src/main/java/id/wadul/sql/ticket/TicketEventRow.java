package id.wadul.sql.ticket;

import java.time.Instant;

/**
 * One entry of a ticket's audit trail. {@code id} is 0 before insert.
 *
 * @param actorKind CITIZEN, OFFICER, OPERATOR or SYSTEM
 * @param actor     masked citizen number, officer number, operator username, or {@code wadul}
 * @param kind      CREATED, ROUTED, TRIAGED, DUPLICATE, FORWARDED, STATUS_QUERY, PROSES, SELESAI, TOLAK,
 *                  ALIH, ESCALATED, NOTE
 * @param rule      the rule that made an automatic decision, or null
 */
public record TicketEventRow(long id, long ticketId, Instant at, String actorKind, String actor, String kind,
        String unitCode, String detail, String rule) {
}
