package id.wadul.routes.console.triage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.wadul.routes.console.ConsoleFixture;
import id.wadul.routes.desk.DeskClient;
import id.wadul.sql.console.BlockedNumberMapper;
import id.wadul.sql.console.TriageDecisionRow;
import id.wadul.sql.label.LabelMapper;
import id.wadul.sql.label.LabelRow;
import id.wadul.sql.outbox.OutboxRow;
import id.wadul.sql.ticket.TicketEventRow;
import id.wadul.sql.ticket.TicketRow;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The triage queue's decisions against the real flow and MariaDB: what the flow answers to each (the units'
 * officers' forwards and the citizen's SMS in the outbox, the events in the timeline) and the decision stored
 * beside what the system had suggested.
 */
class TriageApiIT {

    static ConsoleFixture console;
    static DeskClient sari;

    @BeforeAll
    static void start() {
        console = new ConsoleFixture();
        sari = console.as("sari");
    }

    @AfterAll
    static void stop() {
        console.close();
    }

    static List<String> kinds(String ticket) {
        return console.desk.events(ticket).stream().map(TicketEventRow::kind).toList();
    }

    @Test
    void queueShowsUnsureTicketsUrgentFirstWithTheSuggestionAndWhy() {
        String plain = console.triageTicket("6281311110001", ConsoleFixture.UNSURE);
        String urgent = console.triageTicket("6281311110002", ConsoleFixture.UNSURE + " tolong cepat", true);
        JsonNode queue = sari.get("/api/triage").json();
        List<String> order = queue.path("tickets").findValuesAsText("ticket");
        assertThat(order).contains(plain, urgent);
        assertThat(order.indexOf(urgent)).as("urgent first, though newer").isLessThan(order.indexOf(plain));
        JsonNode item = queue.path("tickets").get(order.indexOf(plain));
        assertThat(item.path("text").asText()).isEqualTo(ConsoleFixture.UNSURE);
        assertThat(item.path("citizen").asText()).isEqualTo("081311110001");
        JsonNode why = item.path("suggestion");
        assertThat(why.path("score").isNumber()).isTrue();
        assertThat(why.path("confident").asBoolean()).isFalse();
        assertThat(why.path("rule").asText()).isNotBlank();
        assertThat(why.path("created").asText()).contains("score");
        assertThat(why.path("units").size()).isPositive();
    }

    @Test
    void releaseForwardsToEveryChosenUnitTellsTheCitizenAndRecordsTheLabel() {
        String ticket = console.triageTicket("6281311110003", ConsoleFixture.UNSURE);
        String suggestedCategory = console.desk.ticket(ticket).category();
        DeskClient.Reply r = sari.post("/api/triage/" + ticket + "/release", Map.of("category", "infrastruktur",
                "kecamatan", console.desk.kecamatan, "desa", console.desk.desa, "units", List.of("dpupr", "bpbd")));
        assertThat(r.status()).as(r.raw().body()).isEqualTo(200);

        TicketRow row = console.desk.ticket(ticket);
        assertThat(row.state()).isEqualTo("OPEN");
        assertThat(row.category()).isEqualTo("infrastruktur");
        assertThat(row.kecamatanCode()).isEqualTo(console.desk.kecamatan);
        assertThat(row.desaCode()).isEqualTo(console.desk.desa);
        assertThat(console.activeUnits(ticket)).containsExactlyInAnyOrder("dpupr", "bpbd");
        List<OutboxRow> sms = console.outbox(ticket);
        List<String> forwards = sms.stream().filter(o -> o.eventKey().contains(":forward:")
                && o.eventKey().startsWith("event:")).map(OutboxRow::recipient).toList();
        List<String> officers = console.desk.analyzer.responsibilities().units().stream()
                .filter(u -> u.code().equals("dpupr") || u.code().equals("bpbd"))
                .flatMap(u -> u.officers().stream()).map(o -> o.number()).toList();
        assertThat(forwards).containsExactlyInAnyOrderElementsOf(officers);
        assertThat(sms.stream().filter(o -> officers.contains(o.recipient())))
                .allMatch(o -> o.text().startsWith("WADUL " + ticket) && o.text().contains("Kuncen"));
        assertThat(sms.stream().filter(o -> o.recipient().equals("6281311110003")).map(OutboxRow::text))
                .anyMatch(t -> t.contains(ticket) && t.contains("diteruskan ke") && t.contains("(PUPR)"));
        assertThat(kinds(ticket)).containsSubsequence("CREATED", "TRIAGED", "RELEASED", "FORWARDED", "FORWARDED");

        List<TriageDecisionRow> decisions = console.decisions(ticket);
        assertThat(decisions).hasSize(1);
        TriageDecisionRow d = decisions.get(0);
        assertThat(d.action()).isEqualTo("RELEASE");
        assertThat(d.decidedBy()).isEqualTo("sari");
        assertThat(d.suggestedCategory()).isEqualTo(suggestedCategory);
        assertThat(d.suggestedUnits()).isNotBlank();
        assertThat(d.suggestedScore()).isNotNull();
        assertThat(d.chosenCategory()).isEqualTo("infrastruktur");
        assertThat(d.chosenKecamatan()).isEqualTo(console.desk.kecamatan);
        assertThat(d.chosenUnits()).isEqualTo("dpupr,bpbd");
        try (SqlSession s = console.desk.db.sqlSessionFactory().openSession(true)) {
            assertThat(s.getMapper(LabelMapper.class).all()).as("the decision is a label for learned routing")
                    .filteredOn(l -> l.ticketId() != null && l.ticketId() == row.id())
                    .extracting(LabelRow::category, LabelRow::source).containsExactly(
                            org.assertj.core.groups.Tuple.tuple("infrastruktur", "triage"));
        }

        assertThat(sari.post("/api/triage/" + ticket + "/release", Map.of("category", "infrastruktur",
                "units", List.of("dpupr"))).status()).as("no longer in triage").isEqualTo(409);
        assertThat(sari.get("/api/triage").json().path("tickets").findValuesAsText("ticket")).doesNotContain(ticket);
    }

    @Test
    void releaseOfAnUrgentTicketDoesNotForwardItAgainToTheBestGuessUnitItAlreadyHas() {
        String ticket = console.triageTicket("6281311110012", "tolong darurat banjir dan jalan rusak");
        assertThat(console.activeUnits(ticket)).containsExactlyInAnyOrder("kominfo", "dpupr");
        List<String> pupr = officers("dpupr");
        assertThat(console.outbox(ticket).stream().filter(o -> pupr.contains(o.recipient()))).hasSize(pupr.size());

        DeskClient.Reply r = sari.post("/api/triage/" + ticket + "/release", Map.of("category", "bencana",
                "units", List.of("dpupr", "bpbd")));
        assertThat(r.status()).as(r.raw().body()).isEqualTo(200);
        assertThat(console.activeUnits(ticket)).containsExactlyInAnyOrder("dpupr", "bpbd");
        assertThat(console.outbox(ticket).stream().filter(o -> pupr.contains(o.recipient())))
                .as("PUPR had it already").hasSize(pupr.size());
        assertThat(console.outbox(ticket).stream().filter(o -> officers("bpbd").contains(o.recipient())))
                .hasSize(officers("bpbd").size());
        assertThat(console.decisions(ticket).get(0).suggestedUnits()).isEqualTo("dpupr");
    }

    static List<String> officers(String unit) {
        return console.desk.analyzer.responsibilities().unit(unit).orElseThrow().officers().stream()
                .map(o -> o.number()).toList();
    }

    @Test
    void releaseRefusesUnknownChoicesAndChangesNothing() {
        String ticket = console.triageTicket("6281311110004", ConsoleFixture.UNSURE);
        DeskClient.Reply r = sari.post("/api/triage/" + ticket + "/release", Map.of("category", "tidak-ada",
                "kecamatan", "99.99", "units", List.of("unit-khayalan")));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("errors").has("category")).isTrue();
        assertThat(r.json().path("errors").has("kecamatan")).isTrue();
        assertThat(r.json().path("errors").has("units")).isTrue();
        assertThat(sari.post("/api/triage/" + ticket + "/release", Map.of("category", "infrastruktur",
                "units", List.of())).status()).isEqualTo(400);
        assertThat(console.desk.ticket(ticket).state()).isEqualTo("TRIAGE");
        assertThat(console.decisions(ticket)).isEmpty();
    }

    @Test
    void mergeJoinsTheOpenTicketsIncidentLinksItAndTellsItsCitizenTheTicketItJoined() {
        String open = console.desk.smsTicket("6281311110005", "jalan berlubang besar di depan balai desa kuncen",
                "infrastruktur");
        String ticket = console.triageTicket("6281311110006", ConsoleFixture.UNSURE);
        DeskClient.Reply r = sari.post("/api/triage/" + ticket + "/merge", Map.of("into", open.toLowerCase()));
        assertThat(r.status()).as(r.raw().body()).isEqualTo(200);
        // it joins the open ticket's incident: it keeps its ticket, takes its state, category and units
        assertThat(console.desk.ticket(ticket).state()).isEqualTo("OPEN");
        assertThat(console.desk.ticket(ticket).category()).isEqualTo("infrastruktur");
        assertThat(console.activeUnits(ticket)).isEqualTo(console.activeUnits(open));
        assertThat(kinds(ticket)).contains("INCIDENT").endsWith("MERGED");
        assertThat(console.desk.events(open).get(console.desk.events(open).size() - 1).detail())
                .contains(ticket);
        assertThat(console.outbox(ticket).stream().filter(o -> o.recipient().equals("6281311110006"))
                .map(OutboxRow::text)).anyMatch(t -> t.contains("digabung") && t.contains(open));
        JsonNode page = sari.get("/api/tickets/" + ticket).json();
        assertThat(page.path("mergedInto").asText()).isEqualTo(open);
        assertThat(sari.get("/api/tickets/" + open).json().path("mergedFrom").toString()).contains(ticket);
        TriageDecisionRow d = console.decisions(ticket).get(0);
        assertThat(d.action()).isEqualTo("MERGE");
        assertThat(d.mergedIntoId()).isEqualTo(console.desk.ticket(open).id());
        assertThat(d.chosenCategory()).isEqualTo("infrastruktur");

        String other = console.triageTicket("6281311110007", ConsoleFixture.UNSURE);
        String waiting = console.triageTicket("6281311110017", ConsoleFixture.UNSURE + " lagi");
        assertThat(sari.post("/api/triage/" + other + "/merge", Map.of("into", waiting)).status())
                .as("a ticket in triage takes no merge").isEqualTo(400);
        assertThat(sari.post("/api/triage/" + other + "/merge", Map.of("into", other)).status()).isEqualTo(400);
    }

    @Test
    void spamRejectsSilentlyAndBlocksTheNumberForTheGivenDays() {
        String ticket = console.triageTicket("6281311110008", "iseng aja pak hahaha coba coba");
        int before = console.outbox(ticket).size();
        DeskClient.Reply r = sari.post("/api/triage/" + ticket + "/spam", Map.of("blockDays", 7, "reason", "iseng"));
        assertThat(r.status()).as(r.raw().body()).isEqualTo(200);
        assertThat(console.desk.ticket(ticket).state()).isEqualTo("REJECTED");
        assertThat(console.outbox(ticket)).as("nothing to the prankster").hasSize(before);
        assertThat(kinds(ticket)).endsWith("SPAM");
        try (SqlSession s = console.desk.db.sqlSessionFactory().openSession(true)) {
            BlockedNumberMapper blocked = s.getMapper(BlockedNumberMapper.class);
            assertThat(blocked.isBlocked("6281311110008", console.desk.clock.instant())).isTrue();
            assertThat(blocked.isBlocked("6281311110008", console.desk.clock.instant().plus(Duration.ofDays(8))))
                    .isFalse();
            assertThat(blocked.isBlocked("6281311110001", console.desk.clock.instant())).isFalse();
        }
        assertThat(console.decisions(ticket).get(0).action()).isEqualTo("SPAM");
        String other = console.triageTicket("6281311110009", ConsoleFixture.UNSURE);
        assertThat(sari.post("/api/triage/" + other + "/spam", Map.of("blockDays", 400)).status()).isEqualTo(400);
        assertThat(sari.post("/api/triage/" + other + "/spam", Map.of("blockDays", "tujuh")).status())
                .isEqualTo(400);
        assertThat(console.desk.ticket(other).state()).isEqualTo("TRIAGE");
    }

    @Test
    void askSendsTheQuestionAndTheTicketStaysInTriage() {
        String ticket = console.triageTicket("6281311110010", ConsoleFixture.UNSURE);
        DeskClient.Reply r = sari.post("/api/triage/" + ticket + "/ask",
                Map.of("text", "Di desa dan kecamatan mana masalahnya?"));
        assertThat(r.status()).as(r.raw().body()).isEqualTo(200);
        assertThat(console.desk.ticket(ticket).state()).isEqualTo("TRIAGE");
        assertThat(console.outbox(ticket).stream().filter(o -> o.recipient().equals("6281311110010"))
                .map(OutboxRow::text)).anyMatch(t -> t.contains("Di desa dan kecamatan mana masalahnya?")
                        && t.contains(ticket));
        assertThat(kinds(ticket)).endsWith("ASKED");
        assertThat(console.decisions(ticket).get(0).action()).isEqualTo("ASK");
        assertThat(sari.post("/api/triage/" + ticket + "/ask", Map.of("text", " ")).status()).isEqualTo(400);
    }

    @Test
    void onlyTriageStaffUseTheQueue() {
        String ticket = console.triageTicket("6281311110011", ConsoleFixture.UNSURE);
        assertThat(console.as("root").get("/api/triage").status()).isEqualTo(200);
        for (String who : List.of("siti", "admina", "petugas")) {
            DeskClient c = console.as(who);
            assertThat(c.get("/api/triage").status()).as(who).isEqualTo(403);
            assertThat(c.post("/api/triage/" + ticket + "/release", Map.of("category", "infrastruktur",
                    "units", List.of("dpupr"))).status()).as(who).isEqualTo(403);
            assertThat(c.post("/api/triage/" + ticket + "/spam", Map.of()).status()).as(who).isEqualTo(403);
        }
        assertThat(console.desk.ticket(ticket).state()).isEqualTo("TRIAGE");
    }
}
