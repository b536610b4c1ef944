package id.wadul.routes.console.queue;

import static id.wadul.routes.console.queue.QueueAccounts.DISHUB_1;
import static id.wadul.routes.console.queue.QueueAccounts.PUPR_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.wadul.gateway.text.Gsm7;
import id.wadul.routes.LinkPhones;
import id.wadul.routes.app.WadulApp;
import id.wadul.routes.config.Settings;
import id.wadul.routes.desk.AddOperatorCommand;
import id.wadul.routes.desk.DeskClient;
import id.wadul.sql.DatabaseConfig;
import id.wadul.sql.label.LabelMapper;
import id.wadul.sql.testing.TestDatabase;
import id.wadul.sql.ticket.TicketEventRow;
import id.wadul.sql.ticket.TicketMapper;
import id.wadul.sql.ticket.TicketRow;
import id.wadul.sql.unit.PersonMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * On the running application (database, flow, SMPP gateway, web server): an officer's PROSES, SELESAI, TOLAK and ALIH
 * on the unit queue do what the same command by SMS does. For each, two tickets from two citizens over a real SMPP
 * link: one answered by the officer's SMS, the other on the web; the citizens' SMS, the new unit's forward, the
 * officer's answer, the ticket's events and the labels learned routing takes are the same but for the ticket number.
 */
class OfficerSmsParityIT {

    static final String PASSWORD = "rahasia-sekali-123";
    static final Pattern TICKET = Pattern.compile("no tiket ([A-Z0-9]{6})");
    static WadulApp app;
    static SMPPSession link;
    static final LinkPhones phones = new LinkPhones();
    static int citizens;

    @BeforeAll
    static void start() throws Exception {
        DatabaseConfig db = TestDatabase.configFor("wadul_queue_parity_" + ProcessHandle.current().pid());
        Properties p = new Properties();
        p.setProperty("db.url", db.jdbcUrl());
        p.setProperty("db.user", db.user());
        p.setProperty("db.password", db.password());
        p.setProperty("smpp.host", "127.0.0.1");
        p.setProperty("smpp.port", "0");
        p.setProperty("http.port", "0");
        p.setProperty("http.host", "127.0.0.1");
        p.setProperty("outbox.backoff", "500ms");
        p.setProperty("flow.sweep.period", "2s");
        // parity is per ticket: the same road reported by each pair of citizens would join one incident, whose
        // other tickets follow each answer (IncidentsIT covers that)
        p.setProperty("flow.incident.enabled", "false");
        app = WadulApp.start(Settings.load(Path.of("../conf"), p));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int created = AddOperatorCommand.run(app.sessions(), new String[] {"root", "SYSADMIN", "--password-stdin"},
                new ByteArrayInputStream((PASSWORD + "\n").getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(created).as(out.toString(StandardCharsets.UTF_8)).isZero();
        link = new SMPPSession();
        link.setTransactionTimer(10_000);
        link.setMessageReceiverListener(phones);
        link.connectAndBind("127.0.0.1", app.smppPort(), new BindParameter(BindType.BIND_TRX, "demo", "demo1708", "",
                TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, ""), 10_000);
        // PUPR's officer gets a web account, as a SYSADMIN creates it on the accounts page
        long person;
        try (SqlSession s = app.sessions().openSession(true)) {
            person = s.getMapper(PersonMapper.class).findByNumber(PUPR_1).id();
        }
        DeskClient root = client();
        assertThat(root.login("root", PASSWORD).status()).isEqualTo(200);
        DeskClient.Reply officer = root.post("/api/operators", Map.of("username", "pupr", "role", "OFFICER",
                "person", person, "password", PASSWORD));
        assertThat(officer.status()).as(officer.raw().body()).isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        if (link != null) {
            try {
                link.unbindAndClose();
            } catch (RuntimeException e) {
                link.close();
            }
        }
        if (app != null) {
            app.close();
        }
    }

    static DeskClient client() {
        return new DeskClient(app.httpPort());
    }

    static void submit(String from, String text) throws Exception {
        link.submitShortMessage("", TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, from,
                TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, "1708", new ESMClass(), (byte) 0, (byte) 0,
                null, null, new RegisteredDelivery(0), (byte) 0, new RawDataCoding((byte) 0), (byte) 0,
                Gsm7.encode(text));
    }

    /** A citizen's road complaint in Padangan (for PUPR) by SMS; its ticket number, from their receipt. */
    static String[] complaint() throws Exception {
        String citizen = "62813777" + String.format("%05d", ++citizens);
        submit(citizen, "jln rusak parah berlubang di kec padangan tlg diperbaiki nomor " + citizens);
        await().atMost(Duration.ofSeconds(30)).until(() -> !phones.to(citizen).isEmpty());
        Matcher m = TICKET.matcher(phones.to(citizen).get(0));
        assertThat(m.find()).as(phones.to(citizen).get(0)).isTrue();
        await().atMost(Duration.ofSeconds(30)).until(() -> phones.to(PUPR_1).stream()
                .anyMatch(s -> s.contains(m.group(1))));
        return new String[] {citizen, m.group(1)};
    }

    static String last(String number) {
        List<String> sms = phones.to(number);
        return sms.get(sms.size() - 1);
    }

    static TicketRow ticket(String number) {
        try (SqlSession s = app.sessions().openSession(true)) {
            return s.getMapper(TicketMapper.class).findByNumber(number);
        }
    }

    /** The ticket's events from the officer's command on, as comparable text (ticket numbers blanked). */
    static List<String> eventsFrom(String number, String verb) {
        try (SqlSession s = app.sessions().openSession(true)) {
            List<TicketEventRow> events = s.getMapper(TicketMapper.class).events(ticket(number).id());
            int from = events.stream().map(TicketEventRow::kind).toList().indexOf(verb);
            assertThat(from).as("%s has a %s event", number, verb).isNotNegative();
            return events.subList(from, events.size()).stream().map(e -> String.join("|", e.actorKind(), e.actor(),
                    e.kind(), String.valueOf(e.unitCode()), String.valueOf(e.detail()), String.valueOf(e.rule()))
                    .replace(number, "#")).toList();
        }
    }

    static List<String> labels(String number) {
        try (SqlSession s = app.sessions().openSession(true)) {
            return s.getMapper(LabelMapper.class).ofTicket(ticket(number).id()).stream()
                    .map(l -> l.category() + "/" + l.source()).toList();
        }
    }

    /** A forward with what differs between the two citizens' complaints blanked: ticket, number, text's serial. */
    static String blank(String forward, String[] one, String[] other) {
        return forward.replace(one[1], "#").replace(other[1], "#").replaceAll("\\*\\*\\*\\*\\d{4}", "****")
                .replaceAll("nomor \\d+", "nomor n");
    }

    @Test
    void eachCommandOnTheWebDoesWhatTheSameSmsDoes() throws Exception {
        DeskClient pupr = client();
        assertThat(pupr.login("pupr", PASSWORD).status()).isEqualTo(200);
        record Case(String verb, String smsArgument, String path, Map<String, Object> body) {
        }
        List<Case> cases = List.of(
                new Case("PROSES", "tim meluncur", "proses", Map.of("note", "tim meluncur")),
                new Case("SELESAI", "lubang sudah ditambal", "selesai", Map.of("note", "lubang sudah ditambal")),
                new Case("TOLAK", "jalan desa wewenang pemdes", "tolak",
                        Map.of("reason", "jalan desa wewenang pemdes")),
                new Case("ALIH", "dishub", "alih", Map.of("units", List.of("dishub"))));
        for (Case c : cases) {
            String[] bySms = complaint();
            String[] byWeb = complaint();
            int acks = phones.to(PUPR_1).size();
            int forwards = phones.to(DISHUB_1).size();

            submit(PUPR_1, c.verb() + " " + bySms[1] + " " + c.smsArgument());
            DeskClient.Reply web = pupr.post("/api/queue/" + byWeb[1] + "/" + c.path(), c.body());
            assertThat(web.status()).as(c.verb() + ": " + web.raw().body()).isEqualTo(200);

            await().atMost(Duration.ofSeconds(30)).until(() -> phones.to(bySms[0]).size() == 2
                    && phones.to(byWeb[0]).size() == 2 && phones.to(PUPR_1).size() > acks);
            assertThat(last(byWeb[0]).replace(byWeb[1], "#")).as(c.verb() + ": the citizen's SMS")
                    .isEqualTo(last(bySms[0]).replace(bySms[1], "#"));
            assertThat(web.json().path("reply").asText().replace(byWeb[1], "#")).as(c.verb() + ": the answer")
                    .isEqualTo(last(PUPR_1).replace(bySms[1], "#")).startsWith("OK.");
            assertThat(eventsFrom(byWeb[1], c.verb())).as(c.verb() + ": the events")
                    .isEqualTo(eventsFrom(bySms[1], c.verb()));
            assertThat(ticket(byWeb[1]).state()).isEqualTo(ticket(bySms[1]).state());
            assertThat(labels(byWeb[1])).as(c.verb() + ": learned routing's labels")
                    .isEqualTo(labels(bySms[1]));
            if (c.verb().equals("ALIH")) {
                await().atMost(Duration.ofSeconds(30)).until(() -> phones.to(DISHUB_1).size() == forwards + 2);
                List<String> toDishub = phones.to(DISHUB_1);
                assertThat(blank(toDishub.get(toDishub.size() - 1), byWeb, bySms)).as("the new unit's forward")
                        .isEqualTo(blank(toDishub.get(toDishub.size() - 2), byWeb, bySms));
                assertThat(labels(byWeb[1])).isNotEmpty();
            }
        }
    }
}
