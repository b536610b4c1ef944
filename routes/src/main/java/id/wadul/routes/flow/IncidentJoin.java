package id.wadul.routes.flow;

import java.util.Set;

/**
 * A new report joining an incident, as the decide step found it: the incident's head (its first ticket, stored
 * already or opened earlier in this batch), how many reports the incident has with this one, and why.
 */
record IncidentJoin(Head head, int reports, double similarity, String rule) {

    /**
     * An incident's first ticket (or a lone ticket that becomes one): stored ({@code ticketId}, {@code number})
     * or opened earlier in this batch ({@code item}); {@code linked} once it is marked as a head.
     */
    static final class Head {
        final Long ticketId;
        final String number;
        final Batch.Item item;
        final String citizenNumber;
        final String category;
        final String kecamatanCode;
        final String desaCode;
        final boolean urgent;
        final Set<String> words;
        int reports;
        boolean linked;

        Head(Long ticketId, String number, Batch.Item item, String citizenNumber, String category,
                String kecamatanCode, String desaCode, boolean urgent, Set<String> words, int reports,
                boolean linked) {
            this.ticketId = ticketId;
            this.number = number;
            this.item = item;
            this.citizenNumber = citizenNumber;
            this.category = category;
            this.kecamatanCode = kecamatanCode;
            this.desaCode = desaCode;
            this.urgent = urgent;
            this.words = words;
            this.reports = reports;
            this.linked = linked;
        }

        /** The head's ticket id: known once its item was recorded. */
        long id() {
            return ticketId != null ? ticketId : item.opened.ticketId();
        }

        String number() {
            return number != null ? number : item.opened.number();
        }
    }
}
