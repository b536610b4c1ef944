package id.wadul.routes.flow;

import id.wadul.gateway.OutboundSms;
import id.wadul.gateway.SendOutcome;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Where the outbox dispatcher hands the SMS it claimed: the delivery route of their recipient kind (today
 * every recipient is a phone number: {@code deliver-sms}, through the gateway's sender). Returns each one's
 * outcome, in the order given.
 */
@FunctionalInterface
public interface Delivery {

    List<CompletableFuture<SendOutcome>> deliver(List<OutboundSms> sms);
}
