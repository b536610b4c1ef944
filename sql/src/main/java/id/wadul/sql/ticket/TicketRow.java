package id.wadul.sql.ticket;

import java.time.Instant;

/**
 * A complaint as stored. {@code id} is 0 before insert.
 *
 * @param channel  {@code sms} or {@code radio}
 * @param textHash SHA-256 (hex) of the normalised text, for the repeat window
 * @param state    TRIAGE, OPEN, IN_PROGRESS, DONE or REJECTED
 */
public record TicketRow(
        long id,
        String number,
        String channel,
        String citizenNumber,
        String citizenName,
        boolean anonymous,
        boolean secret,
        boolean notifyCitizen,
        String text,
        String normalisedText,
        String textHash,
        String category,
        boolean urgent,
        boolean confident,
        String kecamatanCode,
        String kecamatanName,
        String desaCode,
        String desaName,
        String state,
        Instant dueAt,
        int escalations,
        Instant lastEscalatedAt,
        String operator,
        String station,
        Long inboundMessageId,
        Instant createdAt,
        Instant updatedAt) {

    public boolean closed() {
        return "DONE".equals(state) || "REJECTED".equals(state);
    }

    /** The same row with the id the database gave it. */
    public TicketRow withId(long newId) {
        return new TicketRow(newId, number, channel, citizenNumber, citizenName, anonymous, secret, notifyCitizen,
                text, normalisedText, textHash, category, urgent, confident, kecamatanCode, kecamatanName, desaCode,
                desaName, state, dueAt, escalations, lastEscalatedAt, operator, station, inboundMessageId, createdAt,
                updatedAt);
    }

    /** A new row (id 0, no escalation yet), field by field: what is not set is null, false or 0. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a new ticket's row by name instead of 27 positions. */
    public static final class Builder {
        private String number;
        private String channel;
        private String citizenNumber;
        private String citizenName;
        private boolean anonymous;
        private boolean secret;
        private boolean notifyCitizen;
        private String text;
        private String normalisedText;
        private String textHash;
        private String category;
        private boolean urgent;
        private boolean confident;
        private String kecamatanCode;
        private String kecamatanName;
        private String desaCode;
        private String desaName;
        private String state;
        private Instant dueAt;
        private String operator;
        private String station;
        private Long inboundMessageId;
        private Instant createdAt;
        private Instant updatedAt;

        private Builder() {
        }

        public Builder number(String number) {
            this.number = number;
            return this;
        }

        public Builder channel(String channel) {
            this.channel = channel;
            return this;
        }

        public Builder citizen(String number, String name) {
            this.citizenNumber = number;
            this.citizenName = name;
            return this;
        }

        public Builder anonymous(boolean anonymous) {
            this.anonymous = anonymous;
            return this;
        }

        public Builder secret(boolean secret) {
            this.secret = secret;
            return this;
        }

        public Builder notifyCitizen(boolean notifyCitizen) {
            this.notifyCitizen = notifyCitizen;
            return this;
        }

        /** The text as given, normalised, and the normalised text's hash. */
        public Builder text(String text, String normalisedText, String textHash) {
            this.text = text;
            this.normalisedText = normalisedText;
            this.textHash = textHash;
            return this;
        }

        public Builder category(String category) {
            this.category = category;
            return this;
        }

        public Builder urgent(boolean urgent) {
            this.urgent = urgent;
            return this;
        }

        public Builder confident(boolean confident) {
            this.confident = confident;
            return this;
        }

        public Builder kecamatan(String code, String name) {
            this.kecamatanCode = code;
            this.kecamatanName = name;
            return this;
        }

        public Builder desa(String code, String name) {
            this.desaCode = code;
            this.desaName = name;
            return this;
        }

        public Builder state(String state) {
            this.state = state;
            return this;
        }

        public Builder dueAt(Instant dueAt) {
            this.dueAt = dueAt;
            return this;
        }

        /** The desk operator and station who logged it (null for SMS). */
        public Builder desk(String operator, String station) {
            this.operator = operator;
            this.station = station;
            return this;
        }

        public Builder inboundMessageId(Long inboundMessageId) {
            this.inboundMessageId = inboundMessageId;
            return this;
        }

        public Builder createdAt(Instant createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        public Builder updatedAt(Instant updatedAt) {
            this.updatedAt = updatedAt;
            return this;
        }

        public TicketRow build() {
            return new TicketRow(0, number, channel, citizenNumber, citizenName, anonymous, secret, notifyCitizen, text,
                    normalisedText, textHash, category, urgent, confident, kecamatanCode, kecamatanName, desaCode,
                    desaName, state, dueAt, 0, null, operator, station, inboundMessageId, createdAt, updatedAt);
        }
    }
}
