package id.wadul.sql.outbox;

/**
 * What the link answered for one SMS, as {@link OutboxMapper#markAllSent} records it.
 *
 * @param account        the SMPP account it went out on
 * @param linkMessageIds the link's message ids of its parts, comma-separated
 */
public record SentMark(long id, String account, String linkMessageIds) {
}
