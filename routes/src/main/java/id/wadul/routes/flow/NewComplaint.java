package id.wadul.routes.flow;

import java.util.List;

/**
 * A complaint entering the flow from any channel: an SMS (after parsing) or a radio call logged at the desk.
 *
 * @param channel          {@code sms} or {@code radio}
 * @param citizenNumber    normalised number (e.g. {@code 6281234567890}), or null when unknown
 * @param citizenName      the caller's name, or null
 * @param text             the complaint as given
 * @param anonymous        identity hidden from every unit (SMS starting with RAHASIA, desk "Anonim")
 * @param secret           not shown publicly (desk "Rahasia")
 * @param urgent           forced urgent (desk flag); the classifier may also mark it urgent
 * @param notifyCitizen    send the citizen SMS updates (needs citizenNumber)
 * @param kecamatanCode    the operator's choice, or null to take what the text says
 * @param desaCode         the operator's choice, or null
 * @param categoryOverride the operator's choice, or null to take the classifier's
 * @param unitOverride     the operator's choice of unit codes, or empty to take routing.yaml's
 * @param operator         username of the desk operator who logged it, or null for SMS
 * @param station          the radio station the operator works for, or null for SMS
 * @param inboundMessageId the stored inbound message it came from, or null
 */
public record NewComplaint(
        String channel,
        String citizenNumber,
        String citizenName,
        String text,
        boolean anonymous,
        boolean secret,
        boolean urgent,
        boolean notifyCitizen,
        String kecamatanCode,
        String desaCode,
        String categoryOverride,
        List<String> unitOverride,
        String operator,
        String station,
        Long inboundMessageId) {

    public NewComplaint {
        unitOverride = unitOverride == null ? List.of() : List.copyOf(unitOverride);
    }

    /** A citizen's SMS complaint: the citizen is told of the ticket, the rest comes from the text. */
    public static NewComplaint sms(String from, String text, boolean anonymous, long inboundMessageId) {
        return new Builder("sms", text).citizen(from, null).anonymous(anonymous).notifyCitizen(true)
                .inboundMessage(inboundMessageId).build();
    }

    /** A complaint from {@code channel} with {@code text}; everything else as the builder's setters say. */
    public static Builder builder(String channel, String text) {
        return new Builder(channel, text);
    }

    /** Builds a complaint field by field: what is not set is null, false or empty. */
    public static final class Builder {
        private final String channel;
        private final String text;
        private String citizenNumber;
        private String citizenName;
        private boolean anonymous;
        private boolean secret;
        private boolean urgent;
        private boolean notifyCitizen;
        private String kecamatanCode;
        private String desaCode;
        private String categoryOverride;
        private List<String> unitOverride = List.of();
        private String operator;
        private String station;
        private Long inboundMessageId;

        private Builder(String channel, String text) {
            this.channel = channel;
            this.text = text;
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

        public Builder urgent(boolean urgent) {
            this.urgent = urgent;
            return this;
        }

        /** Whether the citizen gets SMS updates: only when there is a citizen number. */
        public Builder notifyCitizen(boolean notify) {
            this.notifyCitizen = notify;
            return this;
        }

        /** The operator's kecamatan and desa (either may be null: then the text decides). */
        public Builder place(String kecamatanCode, String desaCode) {
            this.kecamatanCode = kecamatanCode;
            this.desaCode = desaCode;
            return this;
        }

        /** The operator's category and units (null and empty: the classifier's and the routing table's). */
        public Builder overrides(String category, List<String> units) {
            this.categoryOverride = category;
            this.unitOverride = units;
            return this;
        }

        /** The desk operator and their radio station. */
        public Builder operator(String username, String station) {
            this.operator = username;
            this.station = station;
            return this;
        }

        public Builder inboundMessage(Long id) {
            this.inboundMessageId = id;
            return this;
        }

        public NewComplaint build() {
            return new NewComplaint(channel, citizenNumber, citizenName, text, anonymous, secret, urgent,
                    notifyCitizen && citizenNumber != null, kecamatanCode, desaCode, categoryOverride, unitOverride,
                    operator, station, inboundMessageId);
        }
    }
}
