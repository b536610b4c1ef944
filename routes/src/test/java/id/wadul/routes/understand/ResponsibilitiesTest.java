package id.wadul.routes.understand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResponsibilitiesTest {

    private static final Responsibilities SHIPPED = Responsibilities.load(Conf.dir(), Conf.bojonegoro());

    private static final String UNITS = """
            triage: kominfo
            units:
              - code: kominfo
                name: Diskominfo
                officers: [{name: A, number: "6280000000101"}]
              - code: polres
                name: Polres
                seesCitizenNumber: urgent
                officers: [{name: B, number: "+62 800-0000-0201"}]
              - code: polsek-padangan
                name: Polsek Padangan
                seesCitizenNumber: urgent
                officers: [{name: C, number: "080000000301"}]
              - code: dpupr
                name: Dinas PUPR
            """;

    @Test
    void shippedTableRoutesAccidentsToTheLocalPolsekAndPolres() {
        String padangan = Conf.bojonegoro().kecamatanNamed("Padangan").orElseThrow().code();
        assertThat(SHIPPED.unitsFor("keamanan", padangan)).extracting(Unit::code)
                .containsExactly("polsek-padangan", "polres");
        assertThat(SHIPPED.unitsFor("keamanan", null)).extracting(Unit::code).containsExactly("polres");
    }

    @Test
    void shippedTableHasAPolsekForEveryKecamatan() {
        for (Kecamatan k : Conf.bojonegoro().kecamatan()) {
            assertThat(SHIPPED.unitsFor("keamanan", k.code())).as(k.name()).hasSize(2)
                    .allMatch(u -> u.seesCitizenNumber() == Unit.Visibility.URGENT)
                    .anyMatch(u -> u.code().startsWith("polsek-") && u.name().contains(k.name()));
        }
    }

    @Test
    void shippedTableRoutesRoadsAnywhereToPupr() {
        for (Kecamatan k : Conf.bojonegoro().kecamatan()) {
            assertThat(SHIPPED.unitsFor("infrastruktur", k.code())).extracting(Unit::code).containsExactly("dpupr");
        }
        assertThat(SHIPPED.unitsFor("infrastruktur", null)).extracting(Unit::code).containsExactly("dpupr");
    }

    @Test
    void shippedTableHasADefaultForEveryCategoryAndOnlyPoliceSeeNumbers() {
        Classifier classifier = Classifier.load(Conf.dir());
        for (Classifier.Category c : classifier.categories()) {
            assertThat(SHIPPED.unitsFor(c.code(), null)).as(c.code()).isNotEmpty();
        }
        ComplaintAnalyzer.checkCategories(classifier, SHIPPED);
        assertThat(SHIPPED.triage().code()).isEqualTo("kominfo");
        assertThat(SHIPPED.units()).allMatch(u -> !u.officers().isEmpty())
                .allMatch(u -> u.officers().stream().allMatch(o -> o.number().startsWith("628000000")))
                .allMatch(u -> u.seesCitizenNumber() == (u.code().startsWith("pol")
                        ? Unit.Visibility.URGENT : Unit.Visibility.NEVER));
        assertThat(SHIPPED.unit("DPUPR")).map(Unit::name).hasValueSatisfying(n -> assertThat(n).contains("PUPR"));
    }

    @Test
    void findsTheUnitOfAnOfficerByAnySpellingOfTheNumber() {
        Unit polres = SHIPPED.unit("polres").orElseThrow();
        String number = polres.officers().get(0).number();
        assertThat(SHIPPED.unitOfOfficer(number)).contains(polres);
        assertThat(SHIPPED.unitOfOfficer("+" + number)).contains(polres);
        assertThat(SHIPPED.unitOfOfficer("0" + number.substring(2))).contains(polres);
        assertThat(SHIPPED.unitOfOfficer("6281234567890")).isEmpty();
        assertThat(SHIPPED.unitOfOfficer(null)).isEmpty();
    }

    @Test
    void specificKecamatanBeatsStarBeatsDefaultBeatsTriage(@TempDir Path dir) throws IOException {
        write(dir, UNITS + """
                routes:
                  - {category: keamanan, kecamatan: Padangan, units: [polsek-padangan, polres]}
                  - {category: keamanan, kecamatan: "*", units: [polres]}
                  - {category: infrastruktur, kecamatan: "35.22.19", units: dpupr}
                defaults:
                  infrastruktur: [kominfo]
                """);
        Responsibilities table = Responsibilities.load(dir, Conf.bojonegoro());
        assertThat(table.unitsFor("keamanan", "35.22.19")).extracting(Unit::code).containsExactly("polsek-padangan", "polres");
        assertThat(table.unitsFor("keamanan", "35.22.20")).extracting(Unit::code).containsExactly("polres");
        assertThat(table.unitsFor("infrastruktur", "35.22.19")).extracting(Unit::code).containsExactly("dpupr");
        assertThat(table.unitsFor("infrastruktur", "35.22.20")).extracting(Unit::code).containsExactly("kominfo");
        assertThat(table.unitsFor("pendidikan", "35.22.20")).extracting(Unit::code).containsExactly("kominfo");
        assertThat(table.unitOfOfficer("6280000000301")).map(Unit::code).contains("polsek-padangan");
        assertThat(table.unit("polres").orElseThrow().seesNumber(true, false)).isTrue();
        assertThat(table.unit("polres").orElseThrow().seesNumber(false, false)).isFalse();
        assertThat(table.unit("polres").orElseThrow().seesNumber(true, true)).isFalse();
        assertThat(table.unit("dpupr").orElseThrow().seesNumber(true, false)).isFalse();
    }

    @Test
    void rejectsAnUnknownUnitNamingTheEntry(@TempDir Path dir) throws IOException {
        write(dir, UNITS + "routes:\n  - {category: keamanan, kecamatan: Padangan, units: [polsek-padangn]}\n");
        assertThatThrownBy(() -> Responsibilities.load(dir, Conf.bojonegoro()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("routes[0] (keamanan, kecamatan Padangan)")
                .hasMessageContaining("unknown unit code 'polsek-padangn'");
        write(dir, UNITS + "defaults:\n  bencana: [bpbd]\n");
        assertThatThrownBy(() -> Responsibilities.load(dir, Conf.bojonegoro()))
                .hasMessageContaining("defaults.bencana").hasMessageContaining("unknown unit code 'bpbd'");
        write(dir, UNITS.replace("triage: kominfo", "triage: diskominfo"));
        assertThatThrownBy(() -> Responsibilities.load(dir, Conf.bojonegoro()))
                .hasMessageContaining("triage: unknown unit code 'diskominfo'");
    }

    @Test
    void rejectsAnUnknownKecamatanNamingTheEntry(@TempDir Path dir) throws IOException {
        write(dir, UNITS + "routes:\n  - {category: keamanan, kecamatan: Padangan, units: [polres]}\n"
                + "  - {category: keamanan, kecamatan: Cepu, units: [polres]}\n");
        assertThatThrownBy(() -> Responsibilities.load(dir, Conf.bojonegoro()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("routes[1]").hasMessageContaining("unknown kecamatan 'Cepu'")
                .hasMessageContaining("Kabupaten Bojonegoro");
    }

    @Test
    void rejectsBadUnits(@TempDir Path dir) throws IOException {
        write(dir, UNITS + "  - code: polres\n    name: lagi\n");
        assertThatThrownBy(() -> Responsibilities.load(dir, Conf.bojonegoro()))
                .hasMessageContaining("units[4] (polres): duplicate unit code 'polres'");
        write(dir, UNITS.replace("seesCitizenNumber: urgent\n    officers: [{name: B",
                "seesCitizenNumber: kadang\n    officers: [{name: B"));
        assertThatThrownBy(() -> Responsibilities.load(dir, Conf.bojonegoro()))
                .hasMessageContaining("units[1] (polres)").hasMessageContaining("never, urgent or always");
        write(dir, UNITS.replace("\"080000000301\"", "\"hubungi kantor\""));
        assertThatThrownBy(() -> Responsibilities.load(dir, Conf.bojonegoro()))
                .hasMessageContaining("units[2] (polsek-padangan).officers[0]").hasMessageContaining("phone number");
    }

    @Test
    void oneNumberMayBelongToSeveralUnits(@TempDir Path dir) throws IOException {
        write(dir, UNITS.replace("\"080000000301\"", "\"6280000000101\""));
        Responsibilities table = Responsibilities.load(dir, Conf.bojonegoro());
        assertThat(table.unitsOfOfficer("080000000101")).extracting(Unit::code)
                .containsExactly("kominfo", "polsek-padangan");
        assertThat(table.unitOfOfficer("6280000000101")).map(Unit::code).hasValue("kominfo");
        assertThat(table.unitsOfOfficer("6289999999999")).isEmpty();
    }

    @Test
    void replaceWithSwapsTheWholeTableForItsHolders(@TempDir Path dir) throws IOException {
        write(dir, UNITS + "routes:\n  - {category: keamanan, kecamatan: Padangan, units: [polres]}\n");
        Responsibilities held = Responsibilities.load(dir, Conf.bojonegoro());
        String padangan = Conf.bojonegoro().kecamatanNamed("Padangan").orElseThrow().code();
        assertThat(held.unitsFor("keamanan", padangan)).extracting(Unit::code).containsExactly("polres");

        write(dir, UNITS + "routes:\n  - {category: keamanan, kecamatan: Padangan, units: [polsek-padangan]}\n");
        held.replaceWith(Responsibilities.load(dir, Conf.bojonegoro()));

        assertThat(held.unitsFor("keamanan", padangan)).extracting(Unit::code).containsExactly("polsek-padangan");
        assertThat(held.entries()).hasSize(1);
    }

    private static void write(Path dir, String yaml) throws IOException {
        Files.writeString(dir.resolve(Responsibilities.FILE), yaml);
    }

    @Test
    void aRouteForACategoryTheClassifierNeverGivesIsRejected(@TempDir Path dir) throws IOException {
        write(dir, UNITS + "routes:\n  - {category: infrastuktur, kecamatan: \"*\", units: [dpupr]}\n");
        Responsibilities typo = Responsibilities.load(dir, Conf.bojonegoro());
        assertThatThrownBy(() -> ComplaintAnalyzer.checkCategories(Classifier.load(Conf.dir()), typo))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown category 'infrastuktur'");
        write(dir, UNITS + "defaults:\n  kesehatn: [dpupr]\n");
        Responsibilities typoDefault = Responsibilities.load(dir, Conf.bojonegoro());
        assertThatThrownBy(() -> ComplaintAnalyzer.checkCategories(Classifier.load(Conf.dir()), typoDefault))
                .hasMessageContaining("defaults: unknown category 'kesehatn'");
    }
}
