package id.wadul.routes.flow;

import id.wadul.gateway.OutboundSender;
import id.wadul.gateway.OutboundSms;
import id.wadul.gateway.SendOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The SMS delivery step: hands each SMS to the gateway's sender; a send that throws is a failed outcome. */
public final class SmsDelivery implements Delivery {

    private final OutboundSender sender;

    public SmsDelivery(OutboundSender sender) {
        this.sender = sender;
    }

    @Override
    public List<CompletableFuture<SendOutcome>> deliver(List<OutboundSms> sms) {
        List<CompletableFuture<SendOutcome>> outcomes = new ArrayList<>(sms.size());
        for (OutboundSms one : sms) {
            CompletableFuture<SendOutcome> outcome;
            try {
                outcome = sender.send(one);
            } catch (RuntimeException e) {
                outcome = CompletableFuture.failedFuture(e);
            }
            outcomes.add(outcome);
        }
        return outcomes;
    }
}
