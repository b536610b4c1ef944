package id.wadul.bench;

/**
 * One mobile-originated SMS the load client submits: a citizen's number, the short code, and the text in
 * GSM 03.38 default alphabet bytes (data_coding 0; the bench uses letters, digits, space, comma and period
 * only, which have the same codes in ASCII).
 */
record Mo(String source, String destination, byte[] text) {

    /** Makes the message number {@code index} of a run; texts must differ so no server drops a repeat. */
    @FunctionalInterface
    interface Factory {
        Mo next(long index);
    }
}
