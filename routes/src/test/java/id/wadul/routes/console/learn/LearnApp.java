package id.wadul.routes.console.learn;

import static org.assertj.core.api.Assertions.assertThat;

import id.wadul.gateway.text.Gsm7;
import id.wadul.routes.LinkPhones;
import id.wadul.routes.app.WadulApp;
import id.wadul.routes.config.Settings;
import id.wadul.routes.desk.AddOperatorCommand;
import id.wadul.routes.desk.DeskClient;
import id.wadul.sql.DatabaseConfig;
import id.wadul.sql.testing.TestDatabase;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Properties;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RawDataCoding;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.SMPPSession;

/**
 * The running application for the learned-routing console's tests: database, flow, SMPP gateway on loopback with a
 * jSMPP link bound as the demo account (its phones record what wadul sends), the model under a temporary data
 * folder, and a supervisor "sari" and a system admin "root" created from the command line.
 */
final class LearnApp implements AutoCloseable {

    static final String PASSWORD = "rahasia-sekali-123";

    final Path data;
    final WadulApp app;
    final SMPPSession link = new SMPPSession();
    final LinkPhones phones = new LinkPhones();

    LearnApp(String name, String retrainPeriod) throws Exception {
        data = Files.createTempDirectory("wadul-learn-");
        DatabaseConfig db = TestDatabase.configFor(name + "_" + ProcessHandle.current().pid());
        Properties p = new Properties();
        p.setProperty("db.url", db.jdbcUrl());
        p.setProperty("db.user", db.user());
        p.setProperty("db.password", db.password());
        p.setProperty("data.dir", data.toString());
        p.setProperty("smpp.host", "127.0.0.1");
        p.setProperty("smpp.port", "0");
        p.setProperty("http.port", "0");
        p.setProperty("http.host", "127.0.0.1");
        p.setProperty("outbox.backoff", "500ms");
        p.setProperty("flow.sweep.period", "2s");
        p.setProperty("learn.retrain.period", retrainPeriod);
        app = WadulApp.start(Settings.load(Path.of("../conf"), p));
        account("sari", "SUPERVISOR");
        account("root", "SYSADMIN");
        link.setTransactionTimer(10_000);
        link.setMessageReceiverListener(phones);
        link.connectAndBind("127.0.0.1", app.smppPort(), new BindParameter(BindType.BIND_TRX, "demo", "demo1708", "",
                TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, ""), 10_000);
    }

    private void account(String username, String role) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int created = AddOperatorCommand.run(app.sessions(), new String[] {username, role, "--password-stdin"},
                new ByteArrayInputStream((PASSWORD + "\n").getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(created).as(out.toString(StandardCharsets.UTF_8)).isZero();
    }

    DeskClient as(String username) {
        DeskClient c = new DeskClient(app.httpPort());
        assertThat(c.login(username, PASSWORD).status()).as("login of " + username).isEqualTo(200);
        return c;
    }

    /** A citizen's SMS to the short code over the real link. */
    void sms(String from, String text) throws Exception {
        link.submitShortMessage("", TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, from,
                TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, "1708", new ESMClass(), (byte) 0, (byte) 0,
                null, null, new RegisteredDelivery(0), (byte) 0, new RawDataCoding((byte) 0), (byte) 0,
                Gsm7.encode(text));
    }

    @Override
    public void close() throws Exception {
        if (link != null) {
            link.unbindAndClose();
        }
        app.close();
        try (var paths = Files.walk(data)) {
            paths.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
