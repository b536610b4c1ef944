package id.wadul.gateway;

import java.util.concurrent.CompletableFuture;

/**
 * Sends texts to phones over whatever link can reach them. Completes with the message's final outcome:
 * SENT once the link acknowledged every part, FAILED when the link refused it permanently or the
 * retries ran out. While no bound session can take the number the message waits and is retried; it is
 * not dropped. The caller (the outbox) keeps the durable record and retries a FAILED message if it wants.
 */
public interface OutboundSender {

    CompletableFuture<SendOutcome> send(OutboundSms sms);
}
