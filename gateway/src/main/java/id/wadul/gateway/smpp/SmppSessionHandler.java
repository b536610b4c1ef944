package id.wadul.gateway.smpp;

import id.wadul.gateway.config.GatewayConfig;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.timeout.IdleStateEvent;
import java.util.concurrent.TimeUnit;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.Bind;
import org.jsmpp.bean.Command;
import org.jsmpp.bean.MessageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The SMPP state machine of one connection (one instance per channel, never shared): binds, enquire_link
 * both ways, unbind both ways, the bind timeout, and dispatch of messages to {@link InboundMessages}.
 */
final class SmppSessionHandler extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(SmppSessionHandler.class);

    /** Malformed PDUs logged at WARN per session; a hostile peer must not flood the log. */
    private static final int MALFORMED_WARNINGS = 20;

    private final GatewayConfig config;
    private final SessionRegistry registry;
    private final BindHandler binds;
    private final InboundMessages inbound;
    private SmppSession session;

    SmppSessionHandler(GatewayConfig config, SessionRegistry registry, BindHandler binds, InboundMessages inbound) {
        this.config = config;
        this.registry = registry;
        this.binds = binds;
        this.inbound = inbound;
    }

    SmppSession session() {
        return session;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        // a dead peer is noticed within two enquire-link intervals: answers older than that were read
        session = new SmppSession(ctx.channel(), config.outboundWindow(), config.responseTimeout(),
                config.enquireLinkInterval().multipliedBy(2));
        registry.opened(session);
        ctx.executor().schedule(() -> {
            if (session.state() == SessionState.OPEN && ctx.channel().isActive()) {
                LOG.info("no bind within {} from {}: closing", config.bindTimeout(), ctx.channel().remoteAddress());
                ctx.close();
            }
        }, config.bindTimeout().toMillis(), TimeUnit.MILLISECONDS);
        ctx.fireChannelActive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        MDC.put("session", session.id);
        try {
            if (msg instanceof MalformedPdu bad) {
                malformed(ctx, bad);
            } else if (msg instanceof Command command) {
                dispatchGuarded(ctx, command);
            }
        } finally {
            MDC.remove("session");
        }
    }

    /**
     * A request whose handling throws gets ESME_RSYSERR and the session lives on: one bad PDU must not cost
     * the link the answers to the others in flight. Such a throw is a bug, logged with its stack trace.
     */
    private void dispatchGuarded(ChannelHandlerContext ctx, Command command) {
        try {
            dispatch(ctx, command);
        } catch (RuntimeException e) {
            int id = command.getCommandId();
            LOG.error("unexpected error handling 0x{} seq {}: answering ESME_RSYSERR", Integer.toHexString(id),
                    command.getSequenceNumber(), e);
            if ((id & SMPPConstant.MASK_CID_RESP) == 0) {
                ctx.writeAndFlush(Pdus.errorResp(id, SMPPConstant.STAT_ESME_RSYSERR, command.getSequenceNumber()));
            }
        }
    }

    private void dispatch(ChannelHandlerContext ctx, Command command) {
        int id = command.getCommandId();
        int sequence = command.getSequenceNumber();
        if ((id & SMPPConstant.MASK_CID_RESP) != 0) {
            if (!session.onResponse(command)) {
                LOG.debug("unexpected response 0x{} seq {}", Integer.toHexString(id), sequence);
            }
        } else if (command instanceof Bind bind) {
            binds.bind(ctx, session, bind);
        } else if (id == SMPPConstant.CID_ENQUIRE_LINK) {
            ctx.writeAndFlush(Pdus.enquireLinkResp(sequence));
        } else if (id == SMPPConstant.CID_UNBIND) {
            LOG.info("peer unbinds {} ({} in flight)", session.systemId(), session.inFlight());
            if (session.peerUnbinds(sequence)) {
                Unbinder.drained(session);
            }
        } else if (command instanceof MessageRequest request) {
            if (session.state().canSubmit() && isBlank(request.getSourceAddr())) {
                // no sender to answer: refused here, before the inbound path normalises the number
                ctx.writeAndFlush(Pdus.errorResp(id, SMPPConstant.STAT_ESME_RINVSRCADR, sequence));
            } else if (session.state().canSubmit()) {
                inbound.handle(session, request);
            } else {
                ctx.writeAndFlush(Pdus.errorResp(id, SMPPConstant.STAT_ESME_RINVBNDSTS, sequence));
            }
        } else {
            ctx.writeAndFlush(Pdus.genericNack(SMPPConstant.STAT_ESME_RINVCMDID, sequence));
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private void malformed(ChannelHandlerContext ctx, MalformedPdu bad) {
        int count = session.malformedReceived();
        if (count <= MALFORMED_WARNINGS) {
            LOG.warn("malformed PDU 0x{} seq {}: {}{}", Integer.toHexString(bad.commandId()), bad.sequence(),
                    bad.reason(), count == MALFORMED_WARNINGS ? " (further ones at DEBUG)" : "");
        } else {
            LOG.debug("malformed PDU 0x{} seq {}: {}", Integer.toHexString(bad.commandId()), bad.sequence(),
                    bad.reason());
        }
        boolean known = bad.status() != SMPPConstant.STAT_ESME_RINVCMDID;
        if ((bad.commandId() & SMPPConstant.MASK_CID_RESP) != 0 && known) {
            return;
        }
        ctx.writeAndFlush(known ? Pdus.errorResp(bad.commandId(), bad.status(), bad.sequence())
                : Pdus.genericNack(bad.status(), bad.sequence()));
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (event instanceof IdleStateEvent) {
            if (session.startProbe()) {
                probe(ctx);
            }
        } else {
            ctx.fireUserEventTriggered(event);
        }
    }

    private void probe(ChannelHandlerContext ctx) {
        MDC.put("session", session.id);
        try {
            LOG.debug("idle: probing with enquire_link");
            session.request(Pdus::enquireLink, false).whenComplete((resp, error) -> {
                session.probeAnswered();
                if (error != null && ctx.channel().isActive()) {
                    LOG.info("no answer to enquire_link from {}: closing", session.systemId());
                    ctx.close();
                }
            });
        } finally {
            MDC.remove("session");
        }
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        ctx.channel().config().setAutoRead(ctx.channel().isWritable());
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        registry.closed(session);
        inbound.closed(session);
        session.closed();
        LOG.info("session {} ({}) closed", session.id, session.systemId());
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.warn("closing session {} after error: {}", session == null ? "-" : session.id, cause.toString());
        ctx.close();
    }
}
