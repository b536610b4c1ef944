package id.wadul.routes.flow;

/**
 * The single door into the complaint flow. Opens a ticket, records its events and queues the outbound
 * SMS (citizen receipt, one forward per officer) in one transaction: when it returns, all of it is durable.
 */
public interface ComplaintIntake {

    OpenedTicket open(NewComplaint complaint);
}
