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
 * try until the bind timeout); ESME_RBINDFAIL then close for an address outside the account's CIDRs (checked
 * before the password, so an outsider learns nothing about it) or an account already at maxBinds.
 *
 * <p>Guessing is slowed by the {@link BindGuard}: a failed bind is answered only after its delay (scheduled on
 * the event loop, which never waits; a bind arriving on that connection meanwhile gets ESME_RBINDFAIL
 * unchecked), and an address with too many failures gets ESME_RBINDFAIL and close for every bind, unchecked,
 * until its refusal ends. A correct bind from an address that is not refused is answered at once.
 */
final class BindHandler {

    private static final Logger LOG = LoggerFactory.getLogger(BindHandler.class);

    private static final long CLOSE_GRACE_MILLIS = 200;

    private final GatewayConfig config;
    private final SessionRegistry registry;
    private final BindGuard guard;

    BindHandler(GatewayConfig config, SessionRegistry registry, BindGuard guard) {
        this.config = config;
        this.registry = registry;
        this.guard = guard;
    }

    /** Returns true when the session is now bound. */
    boolean bind(ChannelHandlerContext ctx, SmppSession session, Bind bind) {
        int commandId = bind.getCommandId();
        int sequence = bind.getSequenceNumber();
        if (session.state() != SessionState.OPEN) {
            ctx.writeAndFlush(Pdus.errorResp(commandId, SMPPConstant.STAT_ESME_RALYBND, sequence));
            return false;
        }
        InetAddress remote = ((InetSocketAddress) ctx.channel().remoteAddress()).getAddress();
        if (session.bindAnswerPending()) {
            LOG.debug("bind while an earlier one waits for its answer: refused unchecked");
            answer(ctx, bind, SMPPConstant.STAT_ESME_RBINDFAIL, false);
            return false;
        }
        if (guard.refused(remote)) {
            LOG.debug("bind for system_id '{}' from refused address {}", printable(bind.getSystemId()), remote);
            answer(ctx, bind, SMPPConstant.STAT_ESME_RBINDFAIL, true);
            return false;
        }
        // a bind cut short decodes with a null system_id (and the accounts map refuses null keys)
        Account account = bind.getSystemId() == null ? null : config.accounts().get(bind.getSystemId());
        if (account == null) {
            return failed(ctx, session, bind, null, remote, SMPPConstant.STAT_ESME_RINVSYSID, "unknown system_id");
        }
        if (!account.allows(remote)) {
            return failed(ctx, session, bind, account, remote, SMPPConstant.STAT_ESME_RBINDFAIL, "address not allowed");
        }
        if (!account.passwordMatches(bind.getPassword())) {
            return failed(ctx, session, bind, account, remote, SMPPConstant.STAT_ESME_RINVPASWD, "wrong password");
        }
        guard.succeeded(remote);
        if (!registry.tryBind(session, account)) {
            LOG.warn("bind refused for system_id '{}' from {}: maxBinds reached", account.systemId(), remote);
            answer(ctx, bind, SMPPConstant.STAT_ESME_RBINDFAIL, true);
            return false;
        }
        SessionState state = session.bound(account, commandId);
        ctx.writeAndFlush(Pdus.bindResp(commandId, sequence, "wadul", bind.getInterfaceVersion()));
        LOG.info("bound {} as {} from {} (interface_version 0x{})", account.systemId(), state, remote,
                Integer.toHexString(bind.getInterfaceVersion() & 0xff));
        if (state.canReceive()) {
            registry.receiverReady(session);
        }
        return true;
    }

    /** Counts the failure and answers it after its delay; closes when the address is now refused. */
    private boolean failed(ChannelHandlerContext ctx, SmppSession session, Bind bind, Account account,
                           InetAddress remote, int status, String why) {
        BindGuard.Failure failure = guard.failed(remote, account == null ? null : account.systemId());
        String systemId = printable(bind.getSystemId());
        LOG.warn("bind refused for system_id '{}' from {}: {} (failure {} of this address, answered after {} ms)",
                systemId, remote, why, failure.addressFailures(), failure.delay().toMillis());
        if (failure.refusedNow()) {
            LOG.warn("binds from {} refused for {} s: {} failed binds, the last for system_id '{}' ({} for it from "
                    + "all addresses)", failure.address(), config.bindThrottling().refusal().toSeconds(),
                    failure.addressFailures(), systemId, failure.accountFailures());
        }
        boolean close = status == SMPPConstant.STAT_ESME_RBINDFAIL || failure.refusedNow();
        session.bindAnswerDelayed();
        ctx.executor().schedule(() -> {
            session.bindAnswered();
            answer(ctx, bind, status, close);
        }, failure.delay().toMillis(), TimeUnit.MILLISECONDS);
        return false;
    }

    private static void answer(ChannelHandlerContext ctx, Bind bind, int status, boolean close) {
        ctx.writeAndFlush(Pdus.errorResp(bind.getCommandId(), status, bind.getSequenceNumber()));
        if (close) {
            // a short grace period: some clients (jSMPP) lose a response that arrives together with the FIN
            ctx.executor().schedule(() -> ctx.close(), CLOSE_GRACE_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /** A system_id as it may appear in a log line: no control characters, at most 32 of them. */
    static String printable(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        value.codePoints().limit(32).forEach(c -> out.appendCodePoint(Character.isISOControl(c)
                || Character.getType(c) == Character.FORMAT ? '?' : c));
        return out.toString();
    }
}
