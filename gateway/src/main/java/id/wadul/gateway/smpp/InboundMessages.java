package id.wadul.gateway.smpp;

import id.wadul.gateway.InboundPart;
import id.wadul.gateway.InboundSink;
import id.wadul.gateway.InboundSms;
import id.wadul.gateway.config.Account;
import id.wadul.gateway.config.GatewayConfig;
import id.wadul.gateway.text.DedupeKeys;
import id.wadul.gateway.text.PhoneNumbers;
import id.wadul.gateway.text.UnsupportedDataCodingException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.MessageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Takes a submit_sm or deliver_sm from a bound link and answers it only when the sink has stored it.
 * Checks, in order: window (ESME_RTHROTTLED), account rate (ESME_RTHROTTLED), destination is one of our
 * short codes (ESME_RINVDSTADR), body decodable: an unsupported data_coding gets ESME_RX_P_APPN (a
 * permanent error: retrying cannot help, and SMPP 3.4 has no ESME_RINVDCS), a malformed UDH ESME_RINVMSGLEN.
 * Runs on the session's event loop; sink futures complete anywhere and hop back to it.
 */
final class InboundMessages {

    private static final Logger LOG = LoggerFactory.getLogger(InboundMessages.class);

    private final GatewayConfig config;
    private final SessionRegistry registry;
    private final InboundSink sink;
    private final Reassembly reassembly;

    InboundMessages(GatewayConfig config, SessionRegistry registry, InboundSink sink, Reassembly reassembly) {
        this.config = config;
        this.registry = registry;
        this.sink = sink;
        this.reassembly = reassembly;
    }

    void handle(SmppSession session, MessageRequest request) {
        int commandId = request.getCommandId();
        int sequence = request.getSequenceNumber();
        Account account = session.account();
        if (session.inFlight() >= account.window() || !registry.bucket(account).tryAcquire()) {
            answer(session, Pdus.errorResp(commandId, SMPPConstant.STAT_ESME_RTHROTTLED, sequence));
            return;
        }
        String destination = request.getDestAddress() == null ? "" : request.getDestAddress().trim();
        if (!config.shortCodes().contains(destination)) {
            answer(session, Pdus.errorResp(commandId, SMPPConstant.STAT_ESME_RINVDSTADR, sequence));
            return;
        }
        MessageParser.Parsed parsed;
        try {
            parsed = MessageParser.parse(request);
        } catch (UnsupportedDataCodingException e) {
            answer(session, Pdus.errorResp(commandId, SMPPConstant.STAT_ESME_RX_P_APPN, sequence));
            return;
        } catch (RuntimeException e) {
            LOG.warn("undecodable message body from {}: {}", account.systemId(), e.toString());
            answer(session, Pdus.errorResp(commandId, SMPPConstant.STAT_ESME_RINVMSGLEN, sequence));
            return;
        }
        String source = PhoneNumbers.normalise(request.getSourceAddr() == null ? "" : request.getSourceAddr());
        Instant now = Instant.now();
        CompletableFuture<String> stored;
        String dedupeKey;
        if (parsed.concat().isPresent()) {
            var c = parsed.concat().get();
            dedupeKey = DedupeKeys.forPart(source, destination, c.reference(), c.total(), c.seq(), parsed.text());
            InboundPart part = new InboundPart(0, account.systemId(), source, destination, c.reference(), c.total(),
                    c.seq(), parsed.text(), parsed.dataCoding(), dedupeKey, now);
            CompletableFuture<InboundPart> partStored = guarded(() -> sink.acceptPart(part));
            partStored.thenAccept(p -> {
                try {
                    reassembly.add(p);
                } catch (RuntimeException e) {
                    LOG.error("reassembly refused part {} (it stays pending in the store)", p.id(), e);
                }
            });
            stored = partStored.thenApply(p -> Long.toString(p.id()));
        } else {
            dedupeKey = DedupeKeys.forSms(source, destination, parsed.text());
            InboundSms sms = new InboundSms(account.systemId(), source, destination, parsed.text(),
                    parsed.dataCoding(), 1, false, List.of(), dedupeKey, now);
            stored = guarded(() -> sink.accept(sms));
        }
        session.requestStarted();
        stored.copy().orTimeout(config.sinkTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((id, error) -> {
                    if (session.channel.eventLoop().inEventLoop()) {
                        finish(session, commandId, sequence, dedupeKey, id, error);
                    } else {
                        session.channel.eventLoop().execute(() -> finish(session, commandId, sequence, dedupeKey, id,
                                error));
                    }
                });
    }

    /** On the session's event loop: the request leaves the window and gets its answer. */
    private void finish(SmppSession session, int commandId, int sequence, String dedupeKey, String id,
            Throwable error) {
        boolean drained = session.requestFinished();
        String outerSession = MDC.get("session");
        MDC.put("session", session.id);
        MDC.put("msgId", id == null ? "-" : id);
        try {
            if (error == null) {
                LOG.debug("stored, answering OK");
                session.answeredOk(dedupeKey, System.nanoTime());
                session.channel.writeAndFlush(Pdus.messageResp(commandId, sequence, id)).addListener(written -> {
                    if (!written.isSuccess()) {
                        sink.answersMayBeLost(List.of(dedupeKey));
                    }
                });
            } else {
                int status = SinkFailures.status(error);
                LOG.warn("not stored, answering 0x{}: {}", Integer.toHexString(status), error.toString());
                answer(session, Pdus.errorResp(commandId, status, sequence));
            }
        } finally {
            MDC.remove("msgId");
            if (outerSession == null) {
                MDC.remove("session");
            }
        }
        if (drained) {
            Unbinder.drained(session);
        }
    }

    /**
     * On the event loop, when a session's channel has closed: unless it ended with an unbind (after which the
     * link has read every answer before it), the answers written lately may be lost with the connection.
     */
    void closed(SmppSession session) {
        if (session.state() != SessionState.UNBINDING) {
            List<String> recent = session.recentAnswers(System.nanoTime());
            if (!recent.isEmpty()) {
                LOG.info("session {} broke without unbind: {} recent answers may not have reached {}", session.id,
                        recent.size(), session.systemId());
                sink.answersMayBeLost(recent);
            }
        }
    }

    /** A sink that throws or returns null instead of a failed future must not take the session down. */
    private static <T> CompletableFuture<T> guarded(Supplier<CompletableFuture<T>> call) {
        try {
            CompletableFuture<T> future = call.get();
            return future != null ? future : CompletableFuture.failedFuture(new IllegalStateException("null future"));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static void answer(SmppSession session, byte[] pdu) {
        session.channel.writeAndFlush(pdu);
    }
}
