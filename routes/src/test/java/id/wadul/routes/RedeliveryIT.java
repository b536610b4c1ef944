package id.wadul.routes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.wadul.gateway.text.Gsm7;
import id.wadul.routes.app.WadulApp;
import id.wadul.routes.config.Settings;
import id.wadul.routes.store.MariaDbInboundSink;
import id.wadul.sql.DatabaseConfig;
import id.wadul.sql.testing.TestDatabase;
import java.io.DataInputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.ibatis.session.SqlSession;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RawDataCoding;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.util.DefaultComposer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The inbound duplicate filter on the real server: a PDU the link re-delivers because it lost our answer is
 * stored once and acknowledged with the same id, while a citizen who sends the same command again is answered
 * again.
 */
class RedeliveryIT {

    private static final Pattern TICKET = Pattern.compile("no tiket ([A-Z0-9]{6})");
    private static final String CITIZEN = "6281234567890";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Duration LINK_TIMEOUT = MariaDbInboundSink.DEFAULT_LINK_TIMEOUT.plusMillis(100);

    @TempDir
    Path dataDir;

    private WadulApp app;
    private final List<SMPPSession> sessions = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        Properties p = new Properties();
        p.setProperty("smpp.host", "127.0.0.1");
        p.setProperty("smpp.port", "0");
        p.setProperty("http.host", "127.0.0.1");
        p.setProperty("http.port", "0");
        p.setProperty("data.dir", dataDir.toString());
        DatabaseConfig db = TestDatabase.configFor("wadul_redelivery_" + ProcessHandle.current().pid() + "_"
                + System.nanoTime());
        p.setProperty("db.url", db.jdbcUrl());
        p.setProperty("db.user", db.user());
        p.setProperty("db.password", db.password());
        app = WadulApp.start(Settings.load(Path.of("../conf"), p));
    }

    @AfterEach
    void stop() {
        sessions.forEach(SMPPSession::unbindAndClose);
        app.close();
    }

    private SMPPSession bind(LinkPhones phones) throws Exception {
        SMPPSession session = new SMPPSession();
        session.setMessageReceiverListener(phones);
        session.setTransactionTimer(10_000);
        sessions.add(session);
        session.connectAndBind("127.0.0.1", app.smppPort(), new BindParameter(BindType.BIND_TRX, "demo", "demo1708",
                "", TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, ""), 10_000);
        return session;
    }

    private static String submit(SMPPSession link, String from, String text) throws Exception {
        return link.submitShortMessage("", TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, from,
                TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, "1708", new ESMClass(), (byte) 0, (byte) 0,
                null, null, new RegisteredDelivery(0), (byte) 0, new RawDataCoding((byte) 0), (byte) 0,
                Gsm7.encode(text)).getMessageId();
    }

    /** The ids of the stored messages with this text, oldest first. */
    private List<Long> stored(String text) throws Exception {
        try (SqlSession session = app.sessions().openSession(true);
             PreparedStatement q = session.getConnection()
                     .prepareStatement("SELECT id FROM inbound_message WHERE text = ? ORDER BY id")) {
            q.setString(1, text);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        }
    }

    @Test
    void aCitizenWhoAsksForTheStatusTwiceIsAnsweredTwice() throws Exception {
        LinkPhones phones = new LinkPhones();
        SMPPSession link = bind(phones);
        submit(link, "081234567890", "jalan rusak parah di ds ngeper kec padangan banyak lubang");
        await().atMost(WAIT).until(() -> !phones.to(CITIZEN).isEmpty());
        Matcher m = TICKET.matcher(phones.to(CITIZEN).get(0));
        assertThat(m.find()).as(phones.to(CITIZEN).get(0)).isTrue();
        String status = "STATUS " + m.group(1);

        Instant firstAt = Instant.now();
        String first = submit(link, "081234567890", status);
        await().atMost(WAIT).until(() -> phones.to(CITIZEN).size() == 2);
        // minutes later in real life; here just past the link's response timeout, on the same live bind
        await().atMost(WAIT).until(() -> Instant.now().isAfter(firstAt.plus(LINK_TIMEOUT)));
        String second = submit(link, "081234567890", status);

        assertThat(second).isNotEqualTo(first);
        await().atMost(WAIT).until(() -> phones.to(CITIZEN).size() == 3);
        assertThat(phones.to(CITIZEN).get(2)).contains(m.group(1));
        assertThat(stored(status)).hasSize(2);
    }

    @Test
    void aPduRedeliveredAfterTheLinkLostItsAnswerIsStoredOnceWithTheSameId() throws Exception {
        String text = "lampu jalan mati di ds ngeper kec padangan sudah seminggu";
        DefaultComposer composer = new DefaultComposer();
        // the link submits, then its connection breaks before it reads our answer (no unbind)
        try (Socket socket = new Socket("127.0.0.1", app.smppPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            DataInputStream in = new DataInputStream(socket.getInputStream());
            out.write(composer.bind(SMPPConstant.CID_BIND_TRANSCEIVER, 1, "demo", "demo1708", "",
                    SMPPConstant.IF_VERSION_34, (byte) 0, (byte) 0, ""));
            byte[] header = new byte[16];
            in.readFully(header);
            in.skipNBytes(ByteBuffer.wrap(header).getInt(0) - 16);
            assertThat(ByteBuffer.wrap(header).getInt(8)).as("bind status").isZero();
            out.write(composer.submitSm(2, "", (byte) 0, (byte) 0, "081234567890", (byte) 0, (byte) 0, "1708",
                    (byte) 0, (byte) 0, (byte) 0, null, null, (byte) 0, (byte) 0, (byte) 0, (byte) 0,
                    Gsm7.encode(text)));
            out.flush();
            await().atMost(WAIT).until(() -> stored(text).size() == 1);
        }
        Instant firstAt = Instant.now();

        // the link binds again and re-delivers the same PDU
        LinkPhones phones = new LinkPhones();
        SMPPSession link = bind(phones);
        // later than the link's response timeout: only the broken bind makes it the same message
        await().atMost(WAIT).until(() -> Instant.now().isAfter(firstAt.plus(LINK_TIMEOUT)));
        String id = submit(link, "081234567890", text);

        assertThat(stored(text)).containsExactly(Long.parseLong(id));
        // one ticket: one receipt for the citizen
        await().atMost(WAIT).until(() -> phones.to(CITIZEN).size() == 1);
        assertThat(phones.to(CITIZEN).get(0)).contains("no tiket");
    }
}
