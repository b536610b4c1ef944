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
}
