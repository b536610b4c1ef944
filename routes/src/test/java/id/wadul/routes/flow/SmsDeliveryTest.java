package id.wadul.routes.flow;

import static org.assertj.core.api.Assertions.assertThat;

import id.wadul.gateway.OutboundSms;
import id.wadul.gateway.SendOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class SmsDeliveryTest {

    @Test
    void eachSmsGoesToTheSenderAndItsOutcomeComesBackInOrderASendThatThrowsIsAFailedOutcome() {
        List<String> sent = new ArrayList<>();
        SmsDelivery delivery = new SmsDelivery(sms -> {
            if (sms.destination().equals("bad")) {
                throw new IllegalStateException("no link");
            }
            sent.add(sms.destination());
            return CompletableFuture.completedFuture(new SendOutcome(sms.id(), SendOutcome.Status.SENT, "demo",
                    List.of("L" + sms.id()), null));
        });

        List<CompletableFuture<SendOutcome>> outcomes = delivery.deliver(List.of(sms("1", "6281"), sms("2", "bad"),
                sms("3", "6283")));

        assertThat(sent).containsExactly("6281", "6283");
        assertThat(outcomes).hasSize(3);
        assertThat(outcomes.get(0).join().linkMessageIds()).containsExactly("L1");
        assertThat(outcomes.get(1)).isCompletedExceptionally();
        assertThat(outcomes.get(2).join().linkMessageIds()).containsExactly("L3");
    }

    private static OutboundSms sms(String id, String to) {
        return new OutboundSms(id, to, "1708", "x");
    }
}
