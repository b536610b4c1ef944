package id.wadul.gateway;

/**
 * A text to send to a phone.
 *
 * @param id          the caller's key for this message (e.g. the outbox row id), used in logs
 * @param destination the recipient's number, normalised, e.g. {@code 6281234567890}
 * @param source      the sender address shown to the recipient, usually the short code
 * @param text        the text; encoded GSM 7-bit where it fits, UCS2 otherwise, split into parts if long
 */
public record OutboundSms(String id, String destination, String source, String text) {
}
