package id.wadul.gateway.smpp;

/** Where one SMPP connection stands. Moves forward only: OPEN, then BOUND_*, then UNBINDING, then CLOSED. */
enum SessionState {
    /** Connected, not bound: only bind_* and enquire_link are accepted; a bind timeout runs. */
    OPEN,
    BOUND_TX,
    BOUND_RX,
    BOUND_TRX,
    /** We or the peer asked to unbind: no new messages, in-flight ones still get their responses. */
    UNBINDING,
    CLOSED;

    boolean canSubmit() {
        return this == BOUND_TX || this == BOUND_TRX;
    }

    boolean canReceive() {
        return this == BOUND_RX || this == BOUND_TRX;
    }

    boolean isBound() {
        return this == BOUND_TX || this == BOUND_RX || this == BOUND_TRX;
    }
}
