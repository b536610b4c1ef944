package id.wadul.routes.camel;

import static org.assertj.core.api.Assertions.assertThat;

import id.wadul.gateway.OutboundSms;
import id.wadul.gateway.SendOutcome;
import id.wadul.routes.flow.SmsDelivery;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

class DeliveryRoutesTest {

    @Test
    void theSmsDeliveryRouteHandsTheListToTheSenderAndAnswersWithTheOutcomes() throws Exception {
        List<OutboundSms> sent = new CopyOnWriteArrayList<>();
        try (DefaultCamelContext camel = new DefaultCamelContext()) {
            camel.addRoutes(new ErrorHandling());
            camel.addRoutes(new DeliveryRoutes(new SmsDelivery(sms -> {
                sent.add(sms);
                return CompletableFuture.completedFuture(new SendOutcome(sms.id(), SendOutcome.Status.SENT, "demo",
                        List.of("L" + sms.id()), null));
            })));
            camel.start();

            Object answer = camel.createProducerTemplate().requestBody(DeliveryRoutes.SMS,
                    List.of(new OutboundSms("1", "6281", "1708", "a"), new OutboundSms("2", "6282", "1708", "b")));

            assertThat(sent).extracting(OutboundSms::id).containsExactly("1", "2");
            assertThat(answer).asList().hasSize(2).allSatisfy(outcome ->
                    assertThat(((CompletableFuture<?>) outcome).join()).isInstanceOf(SendOutcome.class));
            assertThat(camel.getRoute("deliver-sms")).isNotNull();
        }
    }
}
