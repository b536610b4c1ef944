package id.wadul.gateway.smpp;

import id.wadul.gateway.OutboundSender;
import id.wadul.gateway.OutboundSms;
import id.wadul.gateway.SendOutcome;
import id.wadul.gateway.config.GatewayConfig;
import id.wadul.gateway.text.PhoneNumbers;
import id.wadul.gateway.text.SmsSegment;
import id.wadul.gateway.text.SmsSplitter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.Command;
import org.jsmpp.bean.DeliverSmResp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.slf4j.event.Level;

/**
 * Sends SMS to phones as deliver_sm on bound receiver/transceiver sessions. Picks the account by number
 * prefix, round robin among its binds, splits long texts (one concatenation reference per message), sends
 * the parts in order within each session's outbound window, retries ESME_RTHROTTLED / ESME_RMSGQFUL /
 * ESME_RX_T_APPN / timed-out / lost parts with exponential backoff up to maxAttempts; any other error
 * status is permanent. With no suitable session the message waits in a bounded queue until one binds or
 * the queue timeout passes. At most smpp.outbound.queueCapacity messages are in progress at once; beyond
 * that send() answers FAILED at once, so the caller (the outbox) keeps them and tries again later.
 */
public final class SmppOutboundSender implements OutboundSender {

    private static final Logger LOG = LoggerFactory.getLogger(SmppOutboundSender.class);

    private final GatewayConfig config;
    private final SessionRegistry registry;
    private final ScheduledExecutorService timer;
    private final OutboundLinks links;
    private final WaitingJobs waiting;
    private final AtomicInteger references = new AtomicInteger();
    /** Messages accepted and not finished: bounded by smpp.outbound.queueCapacity, so memory is too. */
    private final AtomicInteger active = new AtomicInteger();
    private volatile boolean stopped;

    SmppOutboundSender(GatewayConfig config, SessionRegistry registry, ScheduledExecutorService timer) {
        this.config = config;
        this.registry = registry;
        this.timer = timer;
        this.links = new OutboundLinks(config);
        this.waiting = new WaitingJobs(config.outboundQueueCapacity(), config.outboundQueueTimeout(), timer);
        registry.onReceiverReady(this::receiverReady);
    }

    @Override
    public CompletableFuture<SendOutcome> send(OutboundSms sms) {
        List<SmsSegment> parts;
        try {
            parts = SmsSplitter.split(sms.text(), references.incrementAndGet() & 0xff);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(new SendOutcome(sms.id(), SendOutcome.Status.FAILED, null,
                    List.of(), "cannot split: " + e.getMessage()));
        }
        OutboundJob job = new OutboundJob(sms, parts, links.accountsFor(sms.destination()));
        if (active.incrementAndGet() > config.outboundQueueCapacity()) {
            active.decrementAndGet();
            job.failed("too many messages in progress (" + config.outboundQueueCapacity() + ")");
            return job.outcome;
        }
        job.outcome.whenComplete((o, e) -> active.decrementAndGet());
        trySend(job);
        return job.outcome;
    }

    private void trySend(OutboundJob job) {
        SmppSession session = registry.pickReceiver(job.accounts);
        if (session != null) {
            sendPart(job, session);
        } else {
            enqueue(job);
        }
    }

    private void enqueue(OutboundJob job) {
        log(Level.INFO, job, null, "no bound session for accounts " + job.accounts + ": waiting");
        waiting.add(job);
        // a receiver may have bound between pickReceiver and add: look again
        SmppSession session = registry.pickReceiver(job.accounts);
        if (session != null && waiting.remove(job)) {
            sendPart(job, session);
        }
    }

    private void receiverReady(SmppSession session) {
        waiting.takeFor(session).forEach(job -> sendPart(job, session));
    }

    private void sendPart(OutboundJob job, SmppSession session) {
        SmsSegment part = job.currentPart();
        job.account = session.systemId();
        session.request(seq -> Pdus.deliverSm(seq, job.sms.source(), job.sms.destination(), part.udhi(),
                        part.dataCoding(), part.shortMessage()), true)
                .whenComplete((resp, error) -> partAnswered(job, session, resp, error));
    }

    private void partAnswered(OutboundJob job, SmppSession session, Command resp, Throwable error) {
        int status = resp == null ? -1 : resp.getCommandStatus();
        if (error == null && status == SMPPConstant.STAT_ESME_ROK) {
            job.linkMessageIds.add(resp instanceof DeliverSmResp d && d.getMessageId() != null ? d.getMessageId() : "");
            job.nextPart++;
            job.attempts = 0;
            if (job.done()) {
                // the outbox records it SENT with the link's ids; a line per SMS would cost more than it tells
                log(Level.DEBUG, job, session, "sent in " + job.segments.size() + " part(s)");
                job.sent();
            } else if (session.state().canReceive()) {
                sendPart(job, session);
            } else {
                trySend(job);
            }
            return;
        }
        String reason = error != null ? error.toString() : "command_status 0x" + Integer.toHexString(status);
        boolean retryable = error != null || status == SMPPConstant.STAT_ESME_RTHROTTLED
                || status == SMPPConstant.STAT_ESME_RMSGQFUL || status == SMPPConstant.STAT_ESME_RX_T_APPN;
        job.attempts++;
        if (!retryable || job.attempts >= config.outboundMaxAttempts() || stopped) {
            log(Level.WARN, job, session, "failed: " + reason);
            job.failed(retryable ? "gave up after " + job.attempts + " attempts: " + reason : reason);
            return;
        }
        long delay = config.outboundRetryBackoff().toMillis() << Math.min(16, job.attempts - 1);
        log(Level.INFO, job, session, "part " + (job.nextPart + 1) + " retry in " + delay + " ms: " + reason);
        timer.schedule(() -> trySend(job), delay, TimeUnit.MILLISECONDS);
    }

    /** Stops taking messages; those waiting for a session are FAILED "gateway stopped". */
    void stop() {
        stopped = true;
        waiting.close().forEach(job -> job.failed("gateway stopped"));
    }

    private static void log(Level level, OutboundJob job, SmppSession session, String what) {
        if (!LOG.isEnabledForLevel(level)) {
            return;
        }
        MDC.put("msgId", job.sms.id());
        MDC.put("session", session == null ? "-" : session.id);
        try {
            LOG.atLevel(level).log("outbound to {}: {}", PhoneNumbers.masked(job.sms.destination()), what);
        } finally {
            MDC.remove("msgId");
            MDC.remove("session");
        }
    }
}
