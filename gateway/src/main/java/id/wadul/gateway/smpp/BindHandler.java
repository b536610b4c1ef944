package id.wadul.gateway.smpp;

import id.wadul.gateway.config.Account;
import id.wadul.gateway.config.GatewayConfig;
import io.netty.channel.ChannelHandlerContext;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.Bind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides one bind_transmitter/receiver/transceiver. Outcomes: OK and the session becomes BOUND_*;
 * ESME_RALYBND on a bound session; ESME_RINVSYSID / ESME_RINVPASWD (the session stays open for another
 * try until the bind timeout); ESME_RBINDFAIL then close for an address outside the account's CIDRs or an
 * account already at maxBinds.
 */
final class BindHandler {

    private static final Logger LOG = LoggerFactory.getLogger(BindHandler.class);

    private static final long CLOSE_GRACE_MILLIS = 200;

    private final GatewayConfig config;
    private final SessionRegistry registry;

    BindHandler(GatewayConfig config, SessionRegistry registry) {
        this.config = config;
        this.registry = registry;
    }

    /** Returns true when the session is now bound. */
    boolean bind(ChannelHandlerContext ctx, SmppSession session, Bind bind) {
        int commandId = bind.getCommandId();
        int sequence = bind.getSequenceNumber();
        if (session.state != SessionState.OPEN) {
            ctx.writeAndFlush(Pdus.errorResp(commandId, SMPPConstant.STAT_ESME_RALYBND, sequence));
            return false;
        }
        byte version = bind.getInterfaceVersion();
        Account account = config.accounts().get(bind.getSystemId());
        InetAddress remote = ((InetSocketAddress) ctx.channel().remoteAddress()).getAddress();
        if (account == null) {
            return refuse(ctx, bind, SMPPConstant.STAT_ESME_RINVSYSID, false, "unknown system_id");
        }
        if (!account.passwordMatches(bind.getPassword())) {
            return refuse(ctx, bind, SMPPConstant.STAT_ESME_RINVPASWD, false, "wrong password");
        }
        if (!account.allows(remote)) {
            return refuse(ctx, bind, SMPPConstant.STAT_ESME_RBINDFAIL, true, "address " + remote + " not allowed");
        }
        if (!registry.tryBind(session, account)) {
            return refuse(ctx, bind, SMPPConstant.STAT_ESME_RBINDFAIL, true, "maxBinds reached");
        }
        session.account = account;
        session.state = switch (commandId) {
            case SMPPConstant.CID_BIND_TRANSMITTER -> SessionState.BOUND_TX;
            case SMPPConstant.CID_BIND_RECEIVER -> SessionState.BOUND_RX;
            default -> SessionState.BOUND_TRX;
        };
        ctx.writeAndFlush(Pdus.bindResp(commandId, sequence, "wadul", version));
        LOG.info("bound {} as {} from {} (interface_version 0x{})", account.systemId(), session.state, remote,
                Integer.toHexString(version & 0xff));
        if (session.state.canReceive()) {
            registry.receiverReady(session);
        }
        return true;
    }

    private boolean refuse(ChannelHandlerContext ctx, Bind bind, int status, boolean close, String why) {
        LOG.warn("bind refused for system_id '{}' from {}: {}", bind.getSystemId(), ctx.channel().remoteAddress(),
                why);
        ctx.writeAndFlush(Pdus.errorResp(bind.getCommandId(), status, bind.getSequenceNumber()));
        if (close) {
            // a short grace period: some clients (jSMPP) lose a response that arrives together with the FIN
            ctx.executor().schedule(() -> ctx.close(), CLOSE_GRACE_MILLIS, TimeUnit.MILLISECONDS);
        }
        return false;
    }
}
