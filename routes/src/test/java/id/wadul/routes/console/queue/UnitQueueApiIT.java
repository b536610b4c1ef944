package id.wadul.routes.console.queue;

import static id.wadul.routes.console.queue.QueueAccounts.DISHUB_1;
import static id.wadul.routes.console.queue.QueueAccounts.KOMINFO_1;
import static id.wadul.routes.console.queue.QueueAccounts.POLRES_1;
import static id.wadul.routes.console.queue.QueueAccounts.PUPR_1;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.wadul.routes.console.ConsoleFixture;
import id.wadul.routes.desk.DeskClient;
import id.wadul.routes.flow.NewComplaint;
import id.wadul.sql.outbox.OutboxRow;
import id.wadul.sql.ticket.TicketEventRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The unit queue's API on the desk's server and the real flow: what an officer sees (their units' open tickets by
 * deadline, the citizen as their unit may see them, what the citizen was told), what they may do, and what
 * another unit's officer, triage staff and an officer without a person get.
 */
class UnitQueueApiIT {

    static final String CITIZEN = "6281234500001";
    /** One desk for the class (a fresh schema is slow); each test makes its own tickets. */
    static ConsoleFixture f;
    static final AtomicInteger SERIAL = new AtomicInteger();

    @BeforeAll
    static void start() {
        f = new ConsoleFixture();
        QueueAccounts.officer(f.desk, "pupr", PUPR_1);
        QueueAccounts.officer(f.desk, "dishub", DISHUB_1);
        QueueAccounts.officer(f.desk, "polres", POLRES_1);
        QueueAccounts.officer(f.desk, "kominfo", KOMINFO_1);
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    /** A road complaint in Kuncen for PUPR; each text made unique (the same text again would be a repeat). */
    String road(String citizen, String text, boolean urgent) {
        String unique = text + " nomor " + SERIAL.incrementAndGet();
        return f.desk.intake.open(NewComplaint.builder("sms", unique).citizen(citizen, null).notifyCitizen(true)
                .urgent(urgent).place(f.desk.kecamatan, f.desk.desa).overrides("infrastruktur", List.of()).build())
                .number();
    }

    static List<String> numbers(JsonNode queue) {
        List<String> out = new ArrayList<>();
        queue.path("tickets").forEach(t -> out.add(t.path("ticket").asText()));
        return out;
    }

    @Test
    void anOfficerSeesTheirUnitsOpenTicketsByDeadlineWithWhatTheCitizenWasTold() {
        String normal = road(CITIZEN, "jalan rusak berlubang di desa kuncen", false);
        String urgent = road("6281234500002", "jembatan ambrol di desa kuncen tidak bisa dilewati", true);
        String closed = road("6281234500003", "lampu jalan mati di desa kuncen", false);
        String other = f.desk.smsTicket("6281234500004", "lampu lalu lintas mati di perempatan", "lalu-lintas");
        assertThat(f.as("sari").post("/api/tickets/" + closed + "/close", Map.of("reason", "sudah")).status())
                .isEqualTo(200);

        DeskClient.Reply r = f.as("pupr").get("/api/queue");
        assertThat(r.status()).as(r.raw().body()).isEqualTo(200);
        List<String> listed = numbers(r.json());
        assertThat(listed).as("closed and other units' tickets are not listed").contains(urgent, normal)
                .doesNotContain(closed, other);
        assertThat(listed.indexOf(urgent)).as("urgent (due in 4h) before normal (72h), though newer")
                .isLessThan(listed.indexOf(normal));
        assertThat(r.json().path("units").toString()).contains("dpupr");
        JsonNode first = r.json().path("tickets").get(listed.indexOf(normal));
        assertThat(first.path("text").asText()).startsWith("jalan rusak berlubang di desa kuncen nomor ");
        assertThat(first.path("desa").asText()).isNotEmpty();
        assertThat(first.path("category").asText()).isEqualTo("infrastruktur");
        assertThat(first.path("citizen").asText()).as("PUPR never sees the number").isEqualTo("0812****0001");
        assertThat(first.path("told").get(0).path("text").asText()).contains("Aduan diterima", normal);
        assertThat(r.raw().body()).doesNotContain(CITIZEN, "081234500001", other);

        DeskClient.Reply detail = f.as("pupr").get("/api/queue/" + normal);
        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.json().path("timeline").toString()).contains("CREATED", "Aduan diterima")
                .doesNotContain(CITIZEN);
    }

    @Test
    void anotherUnitsOfficerNeitherSeesNorActsOnTheTicket() {
        String ticket = road(CITIZEN, "jalan rusak berlubang di desa kuncen", false);
        DeskClient dishub = f.as("dishub");
        assertThat(numbers(dishub.get("/api/queue").json())).doesNotContain(ticket);
        assertThat(dishub.get("/api/queue/" + ticket).status()).isEqualTo(404);
        assertThat(dishub.post("/api/queue/" + ticket + "/proses", Map.of()).status()).isEqualTo(404);
        assertThat(dishub.post("/api/queue/" + ticket + "/note", Map.of("text", "x")).status()).isEqualTo(404);
        assertThat(f.desk.ticket(ticket).state()).isEqualTo("OPEN");
        assertThat(f.desk.events(ticket)).extracting(TicketEventRow::kind).doesNotContain("PROSES", "UNIT_NOTE");
        assertThat(dishub.get("/api/queue/ZZZZZZ").status()).isEqualTo(404);
    }

    @Test
    void aSecretTicketIsSeenByTheUnitWorkingOnItOnly() {
        DeskClient.Reply call = f.desk.loggedIn("siti").post("/api/calls", Map.of("kecamatan", f.desk.kecamatan,
                "desa", f.desk.desa, "category", "infrastruktur", "secret", true, "name", "Bu Rahayu",
                "phone", "0812 3450 0009", "text", "pungli perbaikan jalan oleh oknum di desa kuncen"));
        assertThat(call.status()).isEqualTo(201);
        String secret = call.json().path("ticket").asText();
        assertThat(numbers(f.as("pupr").get("/api/queue").json())).contains(secret);
        assertThat(f.as("pupr").get("/api/queue/" + secret).json().path("text").asText()).contains("pungli");
        assertThat(f.as("dishub").get("/api/queue/" + secret).status()).isEqualTo(404);
        assertThat(f.as("dishub").get("/api/queue").raw().body()).doesNotContain(secret, "pungli");
    }

    @Test
    void theCitizensNumberIsShownAsTheUnitMaySeeIt() {
        String urgent = f.desk.intake.open(NewComplaint.builder("sms", "ada perampokan di toko desa kuncen")
                .citizen(CITIZEN, null).notifyCitizen(true).urgent(true).place(f.desk.kecamatan, f.desk.desa)
                .overrides("keamanan", List.of()).build()).number();
        String normal = f.desk.intake.open(NewComplaint.builder("sms", "parkir liar di depan pasar desa kuncen")
                .citizen("6281234500005", null).notifyCitizen(true).place(f.desk.kecamatan, f.desk.desa)
                .overrides("keamanan", List.of()).build()).number();
        DeskClient polres = f.as("polres");
        assertThat(polres.get("/api/queue/" + urgent).json().path("citizen").asText())
                .as("the police see the number of an urgent ticket").isEqualTo("081234500001");
        assertThat(polres.get("/api/queue/" + normal).json().path("citizen").asText()).isEqualTo("0812****0005");
        assertThat(polres.get("/api/queue/" + normal).raw().body()).doesNotContain("6281234500005", "081234500005");
    }

    @Test
    void kominfosOfficersActOnEscalatedTicketsAsTheirSmsMay() {
        String ticket = road(CITIZEN, "jalan rusak berlubang di desa kuncen", false);
        DeskClient kominfo = f.as("kominfo");
        assertThat(numbers(kominfo.get("/api/queue").json())).doesNotContain(ticket);
        assertThat(kominfo.post("/api/queue/" + ticket + "/selesai", Map.of()).status()).isEqualTo(404);

        QueueAccounts.escalate(f.desk, ticket);
        assertThat(numbers(kominfo.get("/api/queue").json())).contains(ticket);
        assertThat(numbers(f.as("sari").get("/api/queue").json())).as("triage staff's escalated list")
                .contains(ticket);
        DeskClient.Reply done = kominfo.post("/api/queue/" + ticket + "/selesai", Map.of("note", "sudah dicek"));
        assertThat(done.status()).as(done.raw().body()).isEqualTo(200);
        assertThat(done.json().path("reply").asText()).isEqualTo("OK. Tiket " + ticket + ": selesai.");
        assertThat(f.desk.ticket(ticket).state()).isEqualTo("DONE");
        TicketEventRow selesai = f.desk.events(ticket).stream().filter(e -> e.kind().equals("SELESAI")).findFirst()
                .orElseThrow();
        assertThat(selesai.unitCode()).isEqualTo("kominfo");
        assertThat(selesai.actor()).isEqualTo(KOMINFO_1);
    }

    @Test
    void theOfficersCommandsAndTheirMistakes() {
        String ticket = road(CITIZEN, "jalan rusak berlubang di desa kuncen", false);
        DeskClient pupr = f.as("pupr");
        assertThat(pupr.post("/api/queue/" + ticket + "/tolak", Map.of()).status()).isEqualTo(400);
        assertThat(pupr.post("/api/queue/" + ticket + "/alih", Map.of("units", List.of("dpupr"))).status())
                .isEqualTo(400);
        assertThat(pupr.post("/api/queue/" + ticket + "/alih", Map.of("units", List.of("tidak-ada"))).status())
                .isEqualTo(400);
        assertThat(pupr.post("/api/queue/" + ticket + "/proses", Map.of("bogus", 1)).status()).isEqualTo(400);

        assertThat(pupr.post("/api/queue/" + ticket + "/note", Map.of("text", "cek lokasi besok")).status())
                .isEqualTo(200);
        int sms = f.outbox(ticket).size();
        assertThat(pupr.post("/api/queue/" + ticket + "/proses", Map.of("note", "tim meluncur")).json()
                .path("reply").asText()).isEqualTo("OK. Tiket " + ticket + ": sedang diproses.");
        List<OutboxRow> after = f.outbox(ticket);
        assertThat(after).hasSize(sms + 1);
        assertThat(after.get(after.size() - 1).text()).isEqualTo("Tiket " + ticket
                + " sedang diproses oleh Dinas Pekerjaan Umum dan Penataan Ruang (PUPR). tim meluncur");

        // ALIH to two units: both get the forward, PUPR loses the ticket (and its page), the citizen is told
        DeskClient.Reply alih = pupr.post("/api/queue/" + ticket + "/alih", Map.of("units", List.of("dishub",
                "dlh")));
        assertThat(alih.status()).as(alih.raw().body()).isEqualTo(200);
        assertThat(f.activeUnits(ticket)).containsExactlyInAnyOrder("dishub", "dlh");
        assertThat(f.outbox(ticket)).filteredOn(o -> o.recipient().equals(DISHUB_1)).hasSize(1);
        assertThat(f.outbox(ticket)).filteredOn(o -> o.recipient().equals(CITIZEN)).last()
                .extracting(OutboxRow::text).asString().contains("dialihkan ke Dinas Perhubungan, ");
        assertThat(pupr.get("/api/queue/" + ticket).status()).isEqualTo(404);
        assertThat(f.desk.events(ticket)).extracting(TicketEventRow::kind).containsSubsequence("UNIT_NOTE",
                "PROSES", "ALIH", "FORWARDED", "FORWARDED");

        // closed: 409 with the SMS path's words
        assertThat(f.as("dishub").post("/api/queue/" + ticket + "/tolak", Map.of("reason", "bukan kami")).status())
                .isEqualTo(200);
        assertThat(f.as("dishub").post("/api/queue/" + ticket + "/proses", Map.of()).status()).isEqualTo(409);
    }

    @Test
    void othersMayNotUseTheOfficersCommands() {
        String ticket = road(CITIZEN, "jalan rusak berlubang di desa kuncen", false);
        assertThat(f.as("sari").post("/api/queue/" + ticket + "/proses", Map.of()).status()).isEqualTo(403);
        assertThat(f.as("sari").get("/api/queue/" + ticket).status()).isEqualTo(403);
        assertThat(f.as("petugas").get("/api/queue").status()).as("an officer not linked to a person").isEqualTo(403);
        assertThat(f.desk.loggedIn("siti").get("/api/queue").status()).isEqualTo(403);
        assertThat(f.desk.ticket(ticket).state()).isEqualTo("OPEN");
    }
}
