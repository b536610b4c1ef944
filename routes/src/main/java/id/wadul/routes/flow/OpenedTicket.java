package id.wadul.routes.flow;

import java.util.List;

/**
 * What {@link ComplaintIntake#open} decided and stored.
 *
 * @param ticketId     database id
 * @param number       the ticket number people read out and type, e.g. {@code K7M4PX}
 * @param category     category code
 * @param urgent       urgent after the classifier and the caller's flag
 * @param triage       true when it went to the Kominfo triage desk instead of a unit
 * @param units        codes of the units it was routed to
 * @param duplicateOf  true when an identical recent complaint already had this ticket (nothing new stored)
 */
public record OpenedTicket(long ticketId, String number, String category, boolean urgent, boolean triage,
        List<String> units, boolean duplicateOf) {

    public OpenedTicket {
        units = List.copyOf(units);
    }
}
