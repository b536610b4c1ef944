package id.wadul.routes.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.wadul.routes.config.StartupFailure;
import id.wadul.sql.Database;
import id.wadul.sql.label.LabelMapper;
import id.wadul.sql.label.LabelRow;
import id.wadul.sql.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LearnCommandIT {

    private final Database db = TestDatabase.shared();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    @BeforeEach
    void empty() {
        TestDatabase.truncateAll(db);
    }

    private int learn(String... args) {
        LearnCommand.Import labels = LearnCommand.read(args, LearnFixtures.RULES);
        return LearnCommand.run(labels, db.sqlSessionFactory(), new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    private int count() {
        try (SqlSession s = db.sqlSessionFactory().openSession(true)) {
            return s.getMapper(LabelMapper.class).count().count();
        }
    }

    @Test
    void aGoodFileIsImportedWholeAsImportLabelsWithItsMapping() throws IOException {
        Path file = Files.writeString(dir.resolve("lapor.csv"), "text,category\n\"Jalan rusak, mohon diperbaiki\",PU\n"
                + "banjir setinggi lutut,bencana\n");
        Path map = Files.writeString(dir.resolve("map.csv"), "from,to\npu,infrastruktur\n");

        assertThat(learn(file.toString(), "--map", map.toString())).isZero();

        try (SqlSession s = db.sqlSessionFactory().openSession(true)) {
            assertThat(s.getMapper(LabelMapper.class).all()).extracting(LabelRow::text, LabelRow::category,
                    LabelRow::source, LabelRow::ticketId).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("Jalan rusak, mohon diperbaiki", "infrastruktur", "import", null),
                    org.assertj.core.groups.Tuple.tuple("banjir setinggi lutut", "bencana", "import", null));
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("imported 2 labels from " + file);
    }

    @Test
    void oneBadLineAndNothingIsImported() throws IOException {
        Path file = Files.writeString(dir.resolve("h.jsonl"), "{\"text\": \"jalan rusak\", \"category\": \"infrastruktur\"}\n"
                + "{\"text\": \"pungli\", \"category\": \"Pungutan Liar\"}\n"
                + "{\"text\": \"  \", \"category\": \"bencana\"}\n");

        assertThatThrownBy(() -> learn(file.toString())).isInstanceOf(StartupFailure.class)
                .hasMessageContaining("2 problem(s); nothing imported")
                .hasMessageContaining("line 2: unknown category 'Pungutan Liar'")
                .hasMessageContaining("line 3: empty text");
        assertThat(count()).isZero();
    }

    @Test
    void aRowTheDatabaseRefusesRollsTheWholeImportBack() {
        LabelFile.Label ok = new LabelFile.Label(2, "jalan rusak", "infrastruktur");
        LabelFile.Label tooLong = new LabelFile.Label(3, "banjir", "x".repeat(40)); // category VARCHAR(32)

        assertThatThrownBy(() -> LearnCommand.run(new LearnCommand.Import("h.csv", java.util.List.of(ok, tooLong)),
                db.sqlSessionFactory(), new PrintStream(out, true, StandardCharsets.UTF_8)))
                .isInstanceOf(StartupFailure.class).hasMessageStartingWith("h.csv: nothing imported");
        assertThat(count()).isZero();
    }

    @Test
    void wrongArgumentsAreUsageErrors() {
        assertThatThrownBy(() -> LearnCommand.read(new String[0], LearnFixtures.RULES))
                .hasMessageStartingWith("learn needs a file");
        assertThatThrownBy(() -> LearnCommand.read(new String[] {"a.csv", "--force"}, LearnFixtures.RULES))
                .hasMessageStartingWith("unknown option '--force' for learn");
        assertThatThrownBy(() -> LearnCommand.read(new String[] {"a.csv", "b.csv"}, LearnFixtures.RULES))
                .hasMessageStartingWith("learn takes one file");
    }
}
