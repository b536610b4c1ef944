package id.wadul.gateway.smpp;

import id.wadul.gateway.OutboundSms;
import id.wadul.gateway.SendOutcome;
import id.wadul.gateway.text.SmsSegment;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * One outbound SMS on its way: its parts, sent one after the other, the link's message ids so far and the
 * attempts spent on the current part. Touched by one thread at a time (each step hands over to the next).
 */
final class OutboundJob {

    final OutboundSms sms;
    final List<SmsSegment> segments;
    final List<String> accounts;
    final CompletableFuture<SendOutcome> outcome = new CompletableFuture<>();
    final List<String> linkMessageIds = new ArrayList<>();
    int nextPart;
    int attempts;
    String account;

    OutboundJob(OutboundSms sms, List<SmsSegment> segments, List<String> accounts) {
        this.sms = sms;
        this.segments = List.copyOf(segments);
        this.accounts = accounts;
    }

    SmsSegment currentPart() {
        return segments.get(nextPart);
    }

    boolean done() {
        return nextPart >= segments.size();
    }

    boolean accepts(SmppSession session) {
        return accounts.isEmpty() || accounts.contains(session.systemId());
    }

    void sent() {
        outcome.complete(new SendOutcome(sms.id(), SendOutcome.Status.SENT, account, linkMessageIds, null));
    }

    void failed(String detail) {
        outcome.complete(new SendOutcome(sms.id(), SendOutcome.Status.FAILED, account, linkMessageIds, detail));
    }
}
