package id.wadul.routes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.wadul.gateway.text.Gsm7;
import id.wadul.routes.app.WadulApp;
import id.wadul.routes.config.Settings;
import id.wadul.sql.DatabaseConfig;
import id.wadul.sql.outbox.OutboxMapper;
import id.wadul.sql.outbox.OutboxRow;
import id.wadul.sql.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.ibatis.session.SqlSession;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RawDataCoding;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.SMPPSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end on the real server as {@code java -jar wadul.jar} starts it (database, Camel flow, SMPP gateway),
 * with the shipped conf/ and port 0. One SMPP link (the demo account) carries every phone: citizens' and
 * officers' SMS come in as submit_sm from their numbers, and everything wadul sends comes back as deliver_sm
 * to their numbers.
 */
class ComplaintFlowIT {

    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static final Pattern TICKET = Pattern.compile("no tiket ([A-Z0-9]{6})");
    private static final String CITIZEN = "6281234567890";
    private static final String POLSEK_PADANGAN = "6280000002101";
    private static final String POLRES_1 = "6280000000201";
    private static final String POLRES_2 = "6280000000202";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dataDir;

    private final List<SMPPSession> sessions = new ArrayList<>();
    private final List<WadulApp> apps = new ArrayList<>();
    private final DatabaseConfig db = TestDatabase.configFor("wadul_e2e_" + ProcessHandle.current().pid() + "_"
            + SCHEMAS.incrementAndGet());

    private WadulApp start() throws Exception {
        Properties p = new Properties();
        p.setProperty("smpp.host", "127.0.0.1");
        p.setProperty("smpp.port", "0");
        p.setProperty("http.host", "127.0.0.1");
        p.setProperty("http.port", "0");
        p.setProperty("data.dir", dataDir.toString());
        p.setProperty("db.url", db.jdbcUrl());
        p.setProperty("db.user", db.user());
        p.setProperty("db.password", db.password());
        p.setProperty("outbox.backoff", "500ms");
        p.setProperty("flow.sweep.period", "2s");
        WadulApp app = WadulApp.start(Settings.load(Path.of("../conf"), p));
        apps.add(app);
        return app;
    }

    private SMPPSession bind(WadulApp app, BindType type, LinkPhones phones) throws Exception {
        SMPPSession session = new SMPPSession();
        if (phones != null) {
            session.setMessageReceiverListener(phones);
        }
        session.setTransactionTimer(10_000);
        sessions.add(session);
        session.connectAndBind("127.0.0.1", app.smppPort(), new BindParameter(type, "demo", "demo1708", "",
                TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, ""), 10_000);
        return session;
    }

    /** A phone's SMS to the short code, as the link hands it over. */
    private static String submit(SMPPSession link, String from, String text) throws Exception {
        return link.submitShortMessage("", TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, from,
                TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, "1708", new ESMClass(), (byte) 0, (byte) 0,
                null, null, new RegisteredDelivery(0), (byte) 0, new RawDataCoding((byte) 0), (byte) 0,
                Gsm7.encode(text)).getMessageId();
    }

    @AfterEach
    void stop() {
        sessions.forEach(SMPPSession::unbindAndClose);
        apps.forEach(WadulApp::close);
    }

    @Test
    void complaintForwardSelesaiAndStatus() throws Exception {
        // given the server and a link bound as transceiver
        WadulApp app = start();
        LinkPhones phones = new LinkPhones();
        SMPPSession link = bind(app, BindType.BIND_TRX, phones);

        // when a citizen texts an accident (in the national form the link uses)
        assertThat(submit(link, "081234567890", "ada kecelakaan motor di padangan korban luka tlg cepat"))
                .isNotBlank();

        // then the citizen gets the ticket number and how to ask for its status
        await().atMost(WAIT).until(() -> !phones.to(CITIZEN).isEmpty());
        String receipt = phones.to(CITIZEN).get(0);
        Matcher m = TICKET.matcher(receipt);
        assertThat(m.find()).as(receipt).isTrue();
        String ticket = m.group(1);
        assertThat(receipt).contains("STATUS " + ticket, "1708");

        // and each officer of Polsek Padangan and Polres gets one forward, with the number (urgent, police)
        await().atMost(WAIT).until(() -> phones.to(POLSEK_PADANGAN).size() == 1 && phones.to(POLRES_1).size() == 1
                && phones.to(POLRES_2).size() == 1);
        assertThat(phones.to(POLSEK_PADANGAN).get(0))
                .contains(ticket, "keamanan", "Padangan", "081234567890", "kecelakaan motor");

        // when the Polsek officer closes it
        submit(link, POLSEK_PADANGAN, "selesai " + ticket.toLowerCase() + " sudah diperbaiki");

        // then the citizen is told, and the officer gets an acknowledgement
        await().atMost(WAIT).until(() -> phones.to(CITIZEN).size() == 2 && phones.to(POLSEK_PADANGAN).size() == 2);
        assertThat(phones.to(CITIZEN).get(1)).contains(ticket, "SELESAI", "Polsek Padangan", "sudah diperbaiki");
        assertThat(phones.to(POLSEK_PADANGAN).get(1)).contains("OK", ticket, "selesai");

        // when the citizen asks for the status
        submit(link, "+62 812-3456-7890", "STATUS " + ticket);

        // then the answer has the state and the officer's note
        await().atMost(WAIT).until(() -> phones.to(CITIZEN).size() == 3);
        assertThat(phones.to(CITIZEN).get(2)).contains(ticket, "selesai", "sudah diperbaiki");

        // and nobody got anything twice
        assertThat(phones.counts()).containsOnly(Map.entry(CITIZEN, 3), Map.entry(POLSEK_PADANGAN, 2),
                Map.entry(POLRES_1, 1), Map.entry(POLRES_2, 1));
        assertThat(app.httpPort()).isPositive();
    }

    @Test
    void aRestartInTheMiddleOfForwardingLosesNothingAndSendsNothingTwice() throws Exception {
        // given a server whose link can only submit (no receiver bound: nothing can be sent)
        WadulApp first = start();
        SMPPSession transmitter = bind(first, BindType.BIND_TX, null);

        // when a complaint arrives and the ticket with its outbox is stored
        submit(transmitter, "081234567890", "ada kecelakaan motor di padangan korban luka");
        await().atMost(WAIT).until(() -> outbox(first).size() == 4);
        assertThat(outbox(first)).noneMatch(r -> r.state().equals("SENT"));

        // and the server stops before any of it is sent
        transmitter.unbindAndClose();
        first.close();

        // then after a restart on the same data, with a receiver bound, every SMS arrives exactly once
        WadulApp second = start();
        LinkPhones phones = new LinkPhones();
        bind(second, BindType.BIND_TRX, phones);
        await().atMost(WAIT).until(() -> outbox(second).stream().allMatch(r -> r.state().equals("SENT")));
        await().during(Duration.ofSeconds(2)).atMost(WAIT).until(() -> phones.counts().equals(Map.of(CITIZEN, 1,
                POLSEK_PADANGAN, 1, POLRES_1, 1, POLRES_2, 1)));
        assertThat(outbox(second)).hasSize(4);
    }

    private static List<OutboxRow> outbox(WadulApp app) {
        try (SqlSession s = app.sessions().openSession(true)) {
            return s.getMapper(OutboxMapper.class).findAfter(0, 100);
        }
    }
}
