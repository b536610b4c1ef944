package id.wadul.sql.desk;

import java.time.Instant;

/**
 * A call logged at the desk ({@code desk_call}) and the ticket it opened or was linked to; built by name with
 * {@link #builder()}.
 *
 * @param correctedAt when its operator last corrected it, or null
 * @param withdrawnAt when its operator withdrew it (its ticket cancelled), or null
 */
public record CallRow(long id, long ticketId, String ticketNumber, boolean linked, String operator, String station,
        String callerName, String citizenNumber, boolean notifyCitizen, String kecamatanCode, String desaCode,
        String text, String category, boolean urgent, boolean emergency, boolean anonymous, boolean secret,
        Instant createdAt, Instant correctedAt, Instant withdrawnAt) {

    /** A new call (id 0, neither corrected nor withdrawn), field by field: what is not set is null or false. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a new call's row by name instead of 20 positions. */
    public static final class Builder {
        private long ticketId;
        private String ticketNumber;
        private boolean linked;
        private String operator;
        private String station;
        private String callerName;
        private String citizenNumber;
        private boolean notifyCitizen;
        private String kecamatanCode;
        private String desaCode;
        private String text;
        private String category;
        private boolean urgent;
        private boolean emergency;
        private boolean anonymous;
        private boolean secret;
        private Instant createdAt;

        private Builder() {
        }

        /** The ticket the call opened, or the open ticket it was linked to ({@code linked}). */
        public Builder ticket(long id, String number, boolean linkedToIt) {
            this.ticketId = id;
            this.ticketNumber = number;
            this.linked = linkedToIt;
            return this;
        }

        /** Who took the call, at which station. */
        public Builder desk(String operatorName, String stationName) {
            this.operator = operatorName;
            this.station = stationName;
            return this;
        }

        /** The caller's name and normalised number (either may be null) and whether they want SMS updates. */
        public Builder caller(String name, String number, boolean notify) {
            this.callerName = name;
            this.citizenNumber = number;
            this.notifyCitizen = notify;
            return this;
        }

        public Builder place(String kecamatan, String desa) {
            this.kecamatanCode = kecamatan;
            this.desaCode = desa;
            return this;
        }

        public Builder text(String complaint) {
            this.text = complaint;
            return this;
        }

        public Builder category(String code) {
            this.category = code;
            return this;
        }

        public Builder urgent(boolean isUrgent) {
            this.urgent = isUrgent;
            return this;
        }

        public Builder emergency(boolean isEmergency) {
            this.emergency = isEmergency;
            return this;
        }

        public Builder anonymous(boolean isAnonymous) {
            this.anonymous = isAnonymous;
            return this;
        }

        public Builder secret(boolean isSecret) {
            this.secret = isSecret;
            return this;
        }

        public Builder createdAt(Instant at) {
            this.createdAt = at;
            return this;
        }

        public CallRow build() {
            return new CallRow(0, ticketId, ticketNumber, linked, operator, station, callerName, citizenNumber,
                    notifyCitizen, kecamatanCode, desaCode, text, category, urgent, emergency, anonymous, secret,
                    createdAt, null, null);
        }
    }
}
