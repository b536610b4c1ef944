package id.wadul.gateway.smpp;

import static org.assertj.core.api.Assertions.assertThat;

import id.wadul.gateway.text.Gsm7;
import java.nio.file.Path;
import java.util.Map;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.InterfaceVersion;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RawDataCoding;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.connection.socket.NoTrustSSLSocketConnectionFactory;
import org.junit.jupiter.api.Test;

/** SMPP over TLS on the second port, with a PEM certificate and key from the config. */
class TlsIT extends ServerFixture {

    @Test
    void bindsAndSubmitsOverTls() throws Exception {
        Map<String, String> config = baseConfig();
        config.put("smpp.tls.port", "0");
        config.put("smpp.bindTimeout", "10s");
        config.put("smpp.tls.cert", resource("tls/test-cert.pem"));
        config.put("smpp.tls.key", resource("tls/test-key.pem"));
        start(config);
        assertThat(server.tlsPort()).isPositive().isNotEqualTo(server.port());

        SMPPSession session = new SMPPSession(new NoTrustSSLSocketConnectionFactory());
        session.setTransactionTimer(5000);
        try {
            session.connectAndBind("127.0.0.1", server.tlsPort(), new BindParameter(BindType.BIND_TRX, "link",
                    "secret", "", TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, "", InterfaceVersion.IF_34),
                    5000);
            String id = session.submitShortMessage("", TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN,
                    "081234567890", TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, "1708", new ESMClass(),
                    (byte) 0, (byte) 0, null, null, new RegisteredDelivery(0), (byte) 0,
                    new RawDataCoding((byte) 0), (byte) 0, Gsm7.encode("lewat TLS")).getMessageId();
            assertThat(id).isNotBlank();
            assertThat(sink.messages()).singleElement().satisfies(m -> assertThat(m.text()).isEqualTo("lewat TLS"));
        } finally {
            session.unbindAndClose();
        }
    }

    private static String resource(String name) throws Exception {
        return Path.of(TlsIT.class.getClassLoader().getResource(name).toURI()).toString();
    }
}
