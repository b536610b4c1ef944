package id.wadul.sql.ticket;

/** A new ticket's generated id and its number, as {@link TicketMapper#insertAll} returns them. */
public record TicketId(long id, String number) {
}
