package id.wadul.routes.camel;

import id.wadul.routes.flow.SmsDelivery;
import org.apache.camel.builder.RouteBuilder;

/**
 * Delivery: a route per recipient kind, to which the outbox dispatcher hands what it claimed (a list of
 * {@code gateway.OutboundSms}) and which answers with each one's outcome. Today every recipient is a phone
 * number, reached through the gateway's sender; a group or a webhook would be a route of its own here.
 */
public final class DeliveryRoutes extends RouteBuilder {

    /** SMS to phone numbers, through the SMPP gateway. */
    public static final String SMS = "direct:deliver-sms";

    private final SmsDelivery sms;

    public DeliveryRoutes(SmsDelivery sms) {
        this.sms = sms;
    }

    @Override
    public void configure() {
        from(SMS)
                .routeId("deliver-sms")
                .bean(sms, "deliver");
    }
}
