package id.wadul.routes.console.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import id.wadul.routes.desk.DeskClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Places learned on the running application (real SMPP link, real MariaDB): a supervisor's triage release to desa
 * Kuncen teaches the complaint's "pasar kota", and the next SMS naming it is located in Kuncen without a restart; a
 * place corrected on the ticket page teaches "jembatan kali ketek" the same way; a name removed in the console is
 * no longer used, and one taught for two desa is shown ambiguous and not used.
 */
class PlaceLearningIT {

    static final String KUNCEN = "35.22.19.2011";
    static final String LUWIHAJI = "35.22.01.2001";
    static final String PADANGAN = "35.22.19";
    static final String NGRAHO = "35.22.01";
    static LearnApp app;
    static DeskClient sari;

    @BeforeAll
    static void start() throws Exception {
        app = new LearnApp("wadul_place_learning", "10m");
        sari = app.as("sari");
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    /** The citizen's newest ticket, once the flow has opened it. */
    static JsonNode ticketOf(String citizen, int nth) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonNode page = sari.get("/api/tickets?citizen=" + citizen).json();
            if (page.path("tickets").size() < nth) {
                return false;
            }
            found[0] = page.path("tickets").get(0);
            return true;
        });
        return sari.get("/api/tickets/" + found[0].path("ticket").asText()).json();
    }

    static JsonNode place(String name) {
        for (JsonNode p : sari.get("/api/learn/places").json().path("places")) {
            if (p.path("name").asText().equals(name)) {
                return p;
            }
        }
        return null;
    }

    @Test
    void aTriagePlaceDecisionTeachesTheNameAndTheNextSmsIsLocatedWithoutARestart() throws Exception {
        // an unsure complaint naming only a market: to triage, no desa found
        app.sms("6281288880001", "tolong pak ada masalah di pasar kota sudah lama belum ada yang datang");
        JsonNode first = ticketOf("081288880001", 1);
        assertThat(first.path("state").asText()).isEqualTo("TRIAGE");
        assertThat(first.path("desaCode").isNull()).isTrue();

        // the supervisor releases it to Kuncen, Padangan
        DeskClient.Reply r = sari.post("/api/triage/" + first.path("ticket").asText() + "/release",
                Map.of("category", "lingkungan", "kecamatan", PADANGAN, "desa", KUNCEN, "units", List.of("dlh")));
        assertThat(r.status()).as(r.raw().body()).isEqualTo(200);
        JsonNode taught = place("pasar kota");
        assertThat(taught).as("the name is learned").isNotNull();
        assertThat(taught.path("desaCode").asText()).isEqualTo(KUNCEN);
        assertThat(taught.path("source").asText()).isEqualTo("triage");
        assertThat(taught.path("createdBy").asText()).isEqualTo("sari");
        assertThat(taught.path("status").asText()).isEqualTo("active");

        // the next SMS naming the market is located in Kuncen
        app.sms("6281288880002", "jalan depan pasar kota berlubang besar tolong diperbaiki");
        JsonNode next = ticketOf("081288880002", 1);
        assertThat(next.path("desaCode").asText()).isEqualTo(KUNCEN);
        assertThat(next.path("kecamatanCode").asText()).isEqualTo(PADANGAN);

        // removed in the console: no longer used
        DeskClient root = app.as("root");
        assertThat(root.post("/api/learn/places/" + taught.path("id").asLong() + "/remove", Map.of()).status())
                .isEqualTo(200);
        assertThat(place("pasar kota")).isNull();
        app.sms("6281288880003", "jalan depan pasar kota berlubang besar tolong diperbaiki segera");
        assertThat(ticketOf("081288880003", 1).path("desaCode").isNull()).isTrue();
        assertThat(root.get("/api/admin/audit").json().toString()).contains("place.remove", "pasar kota");
    }

    @Test
    void aPlaceCorrectedOnTheTicketPageTeachesTheNameAndTwoDesaMakeItAmbiguous() throws Exception {
        app.sms("6281288880011", "jembatan kali ketek ambrol tidak bisa dilewati");
        JsonNode ticket = ticketOf("081288880011", 1);
        assertThat(ticket.path("desaCode").isNull()).isTrue();
        DeskClient.Reply r = sari.post("/api/tickets/" + ticket.path("ticket").asText() + "/place",
                Map.of("kecamatan", NGRAHO, "desa", LUWIHAJI));
        assertThat(r.status()).as(r.raw().body()).isEqualTo(200);
        assertThat(r.json().path("desaCode").asText()).isEqualTo(LUWIHAJI);
        assertThat(r.json().path("timeline").toString()).contains("PLACE_SET");
        assertThat(place("jembatan kali ketek").path("source").asText()).isEqualTo("ticket");

        app.sms("6281288880012", "jembatan kali ketek ambrol lagi tolong");
        assertThat(ticketOf("081288880012", 1).path("desaCode").asText()).isEqualTo(LUWIHAJI);

        // the same name added by hand for another desa: ambiguous, shown so, and not used
        DeskClient.Reply added = sari.post("/api/learn/places", Map.of("name", "Jembatan Kali Ketek", "desa", KUNCEN));
        assertThat(added.status()).as(added.raw().body()).isEqualTo(201);
        assertThat(added.json().path("status").asText()).isEqualTo("ambiguous");
        app.sms("6281288880013", "jembatan kali ketek ambrol parah");
        assertThat(ticketOf("081288880013", 1).path("desaCode").isNull()).isTrue();

        // an official name or a bare landmark word is refused with a reason
        DeskClient.Reply official = sari.post("/api/learn/places", Map.of("name", "Ngeper", "desa", KUNCEN));
        assertThat(official.status()).isEqualTo(400);
        assertThat(official.json().path("errors").path("name").asText()).contains("nama resmi");
        assertThat(sari.post("/api/learn/places", Map.of("name", "pasar", "desa", KUNCEN)).json().toString())
                .contains("terlalu umum");
    }
}
