package id.wadul.routes.learn;

import static org.assertj.core.api.Assertions.assertThat;

import id.wadul.routes.understand.Responsibilities;
import id.wadul.routes.understand.Unit;
import id.wadul.sql.Database;
import id.wadul.sql.label.LabelMapper;
import id.wadul.sql.label.LabelRow;
import id.wadul.sql.testing.TestDatabase;
import id.wadul.sql.ticket.TicketRow;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LabelCaptureIT {

    private static final Instant NOW = Instant.parse("2026-11-29T03:00:00Z");
    private static final String DANDER = "35.22.06";

    private final Database db = TestDatabase.shared();
    private final Responsibilities routing = LearnFixtures.RULES.responsibilities();
    private final LabelCapture capture = new LabelCapture(routing);

    @BeforeEach
    void empty() {
        TestDatabase.truncateAll(db);
    }

    private static TicketRow ticket(long id, String text, String category) {
        return new TicketRow(id, "T" + id, "sms", "6281200000001", null, false, false, true, text, text, "h",
                category, false, false, DANDER, "Dander", null, null, "OPEN", NOW, 0, null, null, null, null, NOW, NOW);
    }

    private Unit unit(String code) {
        return routing.unit(code).orElseThrow();
    }

    private List<LabelRow> act(TicketRow ticket, String unit, String verb, String target) {
        try (SqlSession s = db.sqlSessionFactory().openSession(true)) {
            capture.officerAction(s, ticket, unit(unit), verb, target == null ? null : unit(target), NOW);
            return s.getMapper(LabelMapper.class).ofTicket(ticket.id());
        }
    }

    @Test
    void alihToAUnitOfOneCategoryLabelsTheTextWithIt() {
        assertThat(capture.categoriesOf(unit("dishub"))).containsExactly("lalu-lintas");

        List<LabelRow> labels = act(ticket(1, "lampu merah perempatan mati", "infrastruktur"), "dpupr", "ALIH", "dishub");

        assertThat(labels).extracting(LabelRow::text, LabelRow::category, LabelRow::source, LabelRow::createdAt)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("lampu merah perempatan mati", "lalu-lintas",
                        "alih", NOW));
    }

    @Test
    void alihToAUnitOfSeveralCategoriesOrNoneSaysNothingCertain() {
        // a camat's office handling two categories, and a unit handling none
        Unit camat = new Unit("camat", "Kantor camat", List.of(), Unit.Visibility.NEVER);
        Unit none = new Unit("humas", "Humas", List.of(), Unit.Visibility.NEVER);
        Responsibilities two = new Responsibilities(List.of(camat, none), List.of(
                new Responsibilities.Responsibility("desa", DANDER, List.of(camat)),
                new Responsibilities.Responsibility("kependudukan", DANDER, List.of(camat))),
                java.util.Map.of(), none);
        LabelCapture vague = new LabelCapture(two);

        try (SqlSession s = db.sqlSessionFactory().openSession(true)) {
            assertThat(vague.categoriesOf(camat)).containsExactly("desa", "kependudukan");
            vague.officerAction(s, ticket(2, "surat pindah dipersulit", "lainnya"), none, "ALIH", camat, NOW);
            vague.officerAction(s, ticket(2, "surat pindah dipersulit", "lainnya"), camat, "ALIH", none, NOW);
            assertThat(s.getMapper(LabelMapper.class).ofTicket(2)).isEmpty();
        }
    }

    @Test
    void selesaiByAUnitTheCategoryIsRoutedToConfirmsIt() {
        assertThat(act(ticket(3, "jalan rusak parah", "infrastruktur"), "dpupr", "SELESAI", null))
                .extracting(LabelRow::category, LabelRow::source)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("infrastruktur", "selesai"));
    }

    @Test
    void selesaiByAnotherUnitOrProsesAndTolakAreNoLabel() {
        assertThat(act(ticket(4, "lampu merah mati", "infrastruktur"), "dishub", "SELESAI", null)).isEmpty();
        assertThat(act(ticket(5, "jalan rusak", "infrastruktur"), "dpupr", "PROSES", null)).isEmpty();
        assertThat(act(ticket(6, "jalan rusak", "infrastruktur"), "dpupr", "TOLAK", null)).isEmpty();
    }
}
