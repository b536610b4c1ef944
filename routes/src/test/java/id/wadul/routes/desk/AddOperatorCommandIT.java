package id.wadul.routes.desk;

import static org.assertj.core.api.Assertions.assertThat;

import id.wadul.sql.Database;
import id.wadul.sql.audit.AuditMapper;
import id.wadul.sql.desk.OperatorMapper;
import id.wadul.sql.desk.OperatorRow;
import id.wadul.sql.testing.TestDatabase;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.Test;

class AddOperatorCommandIT {

    private final Database db = TestDatabase.shared();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String stdin, String... args) {
        return AddOperatorCommand.run(db.sqlSessionFactory(), args,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Accounts accounts() {
        return new Accounts(db.sqlSessionFactory(), DeskSettings.defaults(), Clock.systemUTC());
    }

    @Test
    void createsTheFirstAdminWithAPasswordPrintedOnce() {
        String name = "root" + System.nanoTime() % 100000;
        assertThat(run("", name, "ADMIN", "Kominfo Bojonegoro")).isZero();
        String printed = out.toString(StandardCharsets.UTF_8);
        String password = printed.substring(printed.indexOf("write it down): ") + 16).strip();
        assertThat(password).hasSize(16);
        assertThat(accounts().authenticate(name, password)).isPresent();
        try (SqlSession s = db.sqlSessionFactory().openSession(true)) {
            OperatorRow row = s.getMapper(OperatorMapper.class).findByUsername(name);
            assertThat(row.role()).isEqualTo("ADMIN");
            assertThat(row.passwordHash()).startsWith("$2").doesNotContain(password);
        }
    }

    @Test
    void readsThePasswordFromStandardInput() {
        String name = "op" + System.nanoTime() % 100000;
        assertThat(run("kata-sandi-panjang\n", name, "operator", "Radio Malowopati", "--password-stdin")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("kata-sandi-panjang");
        assertThat(accounts().authenticate(name, "kata-sandi-panjang")).isPresent();
    }

    @Test
    void refusesBadArgumentsAndDuplicates() {
        assertThat(run("", "only-one")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage");
        assertThat(run("short\n", "x!", "KING", "", "--password-stdin")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("username:", "role:", "station:", "password:");
        String name = "dup" + System.nanoTime() % 100000;
        assertThat(run("", name, "OPERATOR", "Radio A")).isZero();
        assertThat(run("", name, "OPERATOR", "Radio A")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("sudah dipakai");
    }

    @Test
    void refusesAPasswordBcryptCannotTakeWithAMessageNotAStackTrace() {
        String name = "long" + System.nanoTime() % 100000;
        String tooLong = "é".repeat(37);
        assertThat(run(tooLong + "\n", name, "OPERATOR", "Radio Malowopati", "--password-stdin")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("password:", "72 byte").doesNotContain("Exception");
        assertThat(accounts().find(name)).isEmpty();
    }

    @Test
    void refusesAStationNameThatDiffersOnlyInCaseOrAccents() {
        assertThat(run("", "st" + System.nanoTime() % 100000, "OPERATOR", "Radio Ásri")).isZero();
        assertThat(run("", "st" + System.nanoTime() % 100000, "OPERATOR", "RADIO  ASRI")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("station:", "terlalu mirip", "Radio Ásri");
        assertThat(run("", "st" + System.nanoTime() % 100000, "OPERATOR", "Radio Ásri")).as("exactly the same")
                .isZero();
    }

    @Test
    void createsTheFirstSysadminWithoutAStationAndAuditsIt() {
        String name = "sys" + System.nanoTime() % 100000;
        assertThat(run("kata-sandi-panjang\n", name, "SYSADMIN", "--password-stdin")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("created SYSADMIN '" + name + "'")
                .doesNotContain("station");
        OperatorRow row = accounts().authenticate(name, "kata-sandi-panjang").orElseThrow();
        assertThat(row.role()).isEqualTo("SYSADMIN");
        assertThat(row.station()).isEmpty();
        try (SqlSession s = db.sqlSessionFactory().openSession(true)) {
            assertThat(s.getMapper(AuditMapper.class).page(0, name, 10)).singleElement().satisfies(a -> {
                assertThat(a.actor()).isEqualTo("cli");
                assertThat(a.action()).isEqualTo("account.create");
                assertThat(a.afterJson()).contains("SYSADMIN").doesNotContain("$2");
            });
        }
        assertThat(run("", "sup" + System.nanoTime() % 100000, "SUPERVISOR", "Kominfo")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("has no station");
        assertThat(run("", "camat" + System.nanoTime() % 100000, "OFFICER")).isEqualTo(2);
    }
}
