package id.wadul.sql.inbound;

/** Handling state of an inbound message: stored by the gateway's sink, then handled by the flow. */
public enum InboundState {
    /** Stored and acknowledged to the link; the flow has not dealt with it yet. */
    RECEIVED,
    /** The flow has dealt with it (a ticket, a reply, ...); a restart does not pick it up again. */
    HANDLED
}
