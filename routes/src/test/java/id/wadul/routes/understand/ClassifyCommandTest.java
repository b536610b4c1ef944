package id.wadul.routes.understand;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassifyCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<JsonNode> run(String input) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ClassifyCommand.run(Conf.analyzer(), new BufferedReader(new StringReader(input)),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        List<JsonNode> out = new ArrayList<>();
        for (String line : bytes.toString(StandardCharsets.UTF_8).split("\n")) {
            out.add(JSON.readTree(line));
        }
        return out;
    }

    @Test
    void oneObjectPerLineInTheSameOrder() throws Exception {
        List<JsonNode> out = run("""
                tlg ada kecelakaan di jln raya padangan
                ktp sy blm jadi
                
                halo pak
                jln ds ngumpakdalem kec dander rsk parah
                """);
        assertThat(out).hasSize(5);
        assertThat(out).extracting(n -> n.path("category").asText(null))
                .containsExactly("keamanan", "kependudukan", null, "lainnya", "infrastruktur");

        JsonNode accident = out.get(0);
        assertThat(accident.path("text").asText()).isEqualTo("tlg ada kecelakaan di jln raya padangan");
        assertThat(accident.path("urgent").asBoolean()).isTrue();
        assertThat(accident.path("confident").asBoolean()).isTrue();
        assertThat(accident.path("kecamatan").asText()).isEqualTo("Padangan");
        assertThat(accident.path("kecamatanCode").asText()).isEqualTo("35.22.19");
        assertThat(accident.path("desa").isNull()).isTrue();
        assertThat(accident.path("units")).extracting(JsonNode::asText).containsExactly("polsek-padangan", "polres");
        assertThat(accident.path("score").asDouble()).isPositive();
        assertThat(accident.path("matched")).extracting(JsonNode::asText).contains("kecelakaan");
        assertThat(accident.path("rule").asText()).contains("keamanan");

        JsonNode blank = out.get(2);
        assertThat(blank.path("category").isNull()).isTrue();
        assertThat(blank.path("confident").asBoolean()).isFalse();
        assertThat(blank.path("units")).isEmpty();

        JsonNode unclear = out.get(3);
        assertThat(unclear.path("confident").asBoolean()).isFalse();
        assertThat(unclear.path("units")).extracting(JsonNode::asText).containsExactly("kominfo");

        JsonNode road = out.get(4);
        assertThat(road.path("kecamatan").asText()).isEqualTo("Dander");
        assertThat(road.path("desa").asText()).isEqualTo("Ngumpakdalem");
        assertThat(road.path("desaCode").asText()).startsWith("35.22.06.");
        assertThat(road.path("units")).extracting(JsonNode::asText).containsExactly("dpupr");
    }

    @Test
    void everyObjectHasTheSameFields() throws Exception {
        List<JsonNode> out = run("banjir di kanor\n\n");
        assertThat(out).hasSize(2);
        List<String> first = new ArrayList<>();
        out.get(0).fieldNames().forEachRemaining(first::add);
        List<String> second = new ArrayList<>();
        out.get(1).fieldNames().forEachRemaining(second::add);
        assertThat(first).isEqualTo(second).contains("category", "urgent", "kecamatan", "desa", "units", "confident",
                "score", "matched");
    }

    @Test
    void emptyInputWritesNothing() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ClassifyCommand.run(Conf.analyzer(), new BufferedReader(new StringReader("")), new PrintStream(bytes));
        assertThat(bytes.size()).isZero();
    }
}
