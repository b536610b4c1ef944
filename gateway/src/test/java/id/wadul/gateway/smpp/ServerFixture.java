package id.wadul.gateway.smpp;

import id.wadul.gateway.config.GatewayConfig;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.InterfaceVersion;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.junit.jupiter.api.AfterEach;

/** Starts a real server on 127.0.0.1 port 0 with a {@link MemorySink}, and real jSMPP clients against it. */
abstract class ServerFixture {

    protected final MemorySink sink = new MemorySink();
    protected SmppServer server;
    private final List<SMPPSession> clients = new ArrayList<>();
    private final List<RawClient> raws = new ArrayList<>();

    /** Accounts: link/secret (window 10), slow/secret (window 2, 2 msg/s), far/secret (only from 10.0.0.0/8),
     * rate/secret (2 msg/s, default window). */
    protected static Map<String, String> baseConfig() {
        Map<String, String> p = new HashMap<>();
        p.put("smpp.host", "127.0.0.1");
        p.put("smpp.port", "0");
        p.put("wadul.shortcode", "1708,1709");
        p.put("smpp.accounts", "link,slow,far,rate");
        p.put("smpp.account.link.password", "secret");
        p.put("smpp.account.link.allowedCidrs", "127.0.0.0/8,::1/128");
        p.put("smpp.account.link.maxBinds", "3");
        p.put("smpp.account.link.window", "10");
        p.put("smpp.account.slow.password", "sha256:2bb80d537b1da3e38bd30361aa855686bde0eacd7162fef6a25fe97bf527a25b");
        p.put("smpp.account.slow.window", "2");
        p.put("smpp.account.slow.maxTps", "2");
        p.put("smpp.account.slow.maxBinds", "1");
        p.put("smpp.account.rate.password", "secret");
        p.put("smpp.account.rate.maxTps", "2");
        p.put("smpp.account.far.password", "secret");
        p.put("smpp.account.far.allowedCidrs", "10.0.0.0/8");
        p.put("smpp.bindTimeout", "1s");
        p.put("smpp.sinkTimeout", "1s");
        p.put("smpp.responseTimeout", "2s");
        p.put("smpp.shutdownTimeout", "5s");
        p.put("smpp.outbound.retryBackoff", "100ms");
        return p;
    }

    protected void start(Map<String, String> config) throws Exception {
        start(config, Clock.systemUTC());
    }

    /** @param bindClock ages failed binds */
    protected void start(Map<String, String> config, Clock bindClock) throws Exception {
        server = new SmppServer(GatewayConfig.from(config), sink, bindClock);
        server.start();
    }

    protected void start() throws Exception {
        start(baseConfig());
    }

    protected SMPPSession bind(BindType type, String systemId, String password) throws Exception {
        return bind(type, systemId, password, InterfaceVersion.IF_34);
    }

    protected SMPPSession bind(BindType type, String systemId, String password, InterfaceVersion version)
            throws Exception {
        return bind(type, systemId, password, version, null);
    }

    /** Binds with the listener already set, so no deliver_sm can arrive before it. */
    protected SMPPSession bind(BindType type, String systemId, String password, InterfaceVersion version,
                               MessageReceiverListener listener) throws Exception {
        SMPPSession session = new SMPPSession();
        if (listener != null) {
            session.setMessageReceiverListener(listener);
        }
        session.setTransactionTimer(5000);
        session.setEnquireLinkTimer(30000);
        clients.add(session);
        session.connectAndBind("127.0.0.1", server.port(), new BindParameter(type, systemId, password, "",
                TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, "", version), 5000);
        return session;
    }

    protected RawClient raw() throws Exception {
        return raw("127.0.0.1");
    }

    /** A raw client connecting from another loopback address. */
    protected RawClient raw(String localAddress) throws Exception {
        RawClient raw = new RawClient(server.port(), localAddress);
        raws.add(raw);
        return raw;
    }

    @AfterEach
    void stopServer() throws Exception {
        for (SMPPSession c : clients) {
            c.close();
        }
        for (RawClient r : raws) {
            r.close();
        }
        if (server != null) {
            server.stop();
        }
    }
}
