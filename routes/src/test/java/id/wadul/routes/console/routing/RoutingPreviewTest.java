package id.wadul.routes.console.routing;

import static org.assertj.core.api.Assertions.assertThat;

import id.wadul.routes.understand.Officer;
import id.wadul.routes.understand.Responsibilities;
import id.wadul.routes.understand.Responsibilities.Responsibility;
import id.wadul.routes.understand.Unit;
import id.wadul.sql.routing.RecentComplaint;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoutingPreviewTest {

    private static final Unit KOMINFO = unit("kominfo");
    private static final Unit DPUPR = unit("dpupr");
    private static final Unit SATGAS = unit("satgas");
    private static final Unit POLRES = unit("polres");
    private static final List<Unit> ALL = List.of(KOMINFO, DPUPR, SATGAS, POLRES);

    private static Unit unit(String code) {
        return new Unit(code, code, List.<Officer>of(), Unit.Visibility.NEVER);
    }

    private static Responsibilities table(List<Responsibility> rules) {
        return new Responsibilities(ALL, rules, Map.of("keamanan", List.of(POLRES)), KOMINFO);
    }

    @Test
    void countsTheComplaintsThatWouldGoElsewhereAndPerUnit() {
        Responsibilities now = table(List.of(new Responsibility("infrastruktur", "*", List.of(DPUPR))));
        Responsibilities proposed = table(List.of(new Responsibility("infrastruktur", "*", List.of(DPUPR)),
                new Responsibility("infrastruktur", "35.22.19", List.of(SATGAS))));
        List<RecentComplaint> recent = List.of(
                new RecentComplaint("infrastruktur", true, "35.22.19", "sms"),
                new RecentComplaint("infrastruktur", false, "35.22.19", "radio"),
                new RecentComplaint("infrastruktur", false, "35.22.19", "sms"),
                new RecentComplaint("infrastruktur", true, "35.22.01", "sms"),
                new RecentComplaint("keamanan", true, null, "sms"));

        RoutingPreview p = RoutingPreview.of(recent, now, proposed);

        assertThat(p.total()).isEqualTo(5);
        assertThat(p.changed()).as("the two routed Padangan road complaints; the unsure SMS stays in triage")
                .isEqualTo(2);
        assertThat(p.moves()).containsExactly(new RoutingPreview.Move(List.of("dpupr"), List.of("satgas"), 2));
        assertThat(p.units()).containsEntry("dpupr", new RoutingPreview.Count(3, 1))
                .containsEntry("satgas", new RoutingPreview.Count(0, 2))
                .containsEntry("kominfo", new RoutingPreview.Count(1, 1))
                .containsEntry("polres", new RoutingPreview.Count(1, 1));
    }

    @Test
    void aNewTriageUnitTakesTheUnsureOnes() {
        Responsibilities now = table(List.of());
        Responsibilities proposed = new Responsibilities(ALL, List.of(), Map.of("keamanan", List.of(POLRES)), SATGAS);
        RoutingPreview p = RoutingPreview.of(List.of(new RecentComplaint("lainnya", false, null, "sms"),
                new RecentComplaint("keamanan", true, null, "sms")), now, proposed);
        assertThat(p.changed()).isEqualTo(1);
        assertThat(p.moves()).containsExactly(new RoutingPreview.Move(List.of("kominfo"), List.of("satgas"), 1));
    }
}
