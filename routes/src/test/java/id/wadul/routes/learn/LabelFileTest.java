package id.wadul.routes.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.wadul.routes.config.StartupFailure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelFileTest {

    private static final Set<String> KNOWN = Set.of("infrastruktur", "bencana", "lainnya");

    @TempDir
    Path dir;

    @Test
    void csvWithQuotesCommasAndLineBreaksInATextAndOtherColumns() throws IOException {
        Path file = Files.writeString(dir.resolve("h.csv"), "id,category,text\n"
                + "1,infrastruktur,\"jalan rusak, berlubang\"\n"
                + "2,bencana,\"banjir\nsetinggi lutut \"\"parah\"\"\"\r\n"
                + "3,lainnya,halo\n");

        LabelFile.Contents c = LabelFile.read(file, Map.of(), KNOWN);

        assertThat(c.ok()).isTrue();
        assertThat(c.labels()).containsExactly(new LabelFile.Label(2, "jalan rusak, berlubang", "infrastruktur"),
                new LabelFile.Label(3, "banjir\nsetinggi lutut \"parah\"", "bencana"),
                new LabelFile.Label(5, "halo", "lainnya"));
    }

    @Test
    void jsonLinesWithAMappingFromAnotherSystemsCategories() throws IOException {
        Path file = Files.writeString(dir.resolve("h.jsonl"), """
                {"text": "jalan rusak", "category": "Pekerjaan Umum dan Penataan Ruang"}

                {"text": "banjir", "category": "bencana"}
                """);
        Path map = Files.writeString(dir.resolve("map.csv"), "from,to\npekerjaan umum dan penataan ruang,infrastruktur\n");

        LabelFile.Contents c = LabelFile.read(file, LabelFile.mapping(map), KNOWN);

        assertThat(c.problems()).isEmpty();
        assertThat(c.labels()).extracting(LabelFile.Label::category).containsExactly("infrastruktur", "bencana");
        assertThat(c.labels()).extracting(LabelFile.Label::line).containsExactly(1, 3);
    }

    @Test
    void everyEmptyTextAndUnknownCategoryIsReportedWithItsLine() throws IOException {
        Path csv = Files.writeString(dir.resolve("bad.csv"), "text,category\njalan rusak,infrastruktur\n,bencana\n"
                + "pungli sekolah,pendidikn\nbanjir\n");
        Path jsonl = Files.writeString(dir.resolve("bad.jsonl"), "{\"text\": \"ok\", \"category\": \"lainnya\"}\n"
                + "{\"text\": \"x\"\nnot json\n");

        assertThat(LabelFile.read(csv, Map.of(), KNOWN).problems()).containsExactly("line 3: empty text",
                "line 4: unknown category 'pendidikn'", "line 5: unknown category ''");
        assertThat(LabelFile.read(jsonl, Map.of(), KNOWN).problems()).containsExactly("line 2: not a JSON object",
                "line 3: not a JSON object");
    }

    @Test
    void aFileWithoutTheColumnsOrWithAnOpenQuoteIsOneProblem() throws IOException {
        Path noHeader = Files.writeString(dir.resolve("a.csv"), "jalan rusak,infrastruktur\n");
        Path open = Files.writeString(dir.resolve("b.csv"), "text,category\n\"jalan rusak,infrastruktur\n");

        assertThat(LabelFile.read(noHeader, Map.of(), KNOWN).problems()).singleElement().asString()
                .startsWith("line 1: the header must name the columns text and category");
        assertThat(LabelFile.read(open, Map.of(), KNOWN).problems())
                .containsExactly("line 2: a quote is opened and never closed");
    }

    @Test
    void aMissingFileOrABadMappingIsAUsersMistake() throws IOException {
        Path map = Files.writeString(dir.resolve("map.csv"), "lapor,wadul\n");

        assertThatThrownBy(() -> LabelFile.read(dir.resolve("none.csv"), Map.of(), KNOWN))
                .isInstanceOf(StartupFailure.class).hasMessageContaining("cannot read");
        assertThatThrownBy(() -> LabelFile.mapping(map)).isInstanceOf(StartupFailure.class)
                .hasMessageEndingWith("the first line must be the header from,to");
    }
}
