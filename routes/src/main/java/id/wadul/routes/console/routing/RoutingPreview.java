package id.wadul.routes.console.routing;

import id.wadul.routes.understand.Responsibilities;
import id.wadul.routes.understand.Unit;
import id.wadul.sql.routing.RecentComplaint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a routing change would do to past complaints: each is routed again from its stored category and kecamatan
 * by the table in force and by the proposed one (an unsure SMS goes to the triage unit of each), and the
 * differences are counted.
 *
 * @param total   complaints looked at
 * @param changed complaints that would go to other units
 * @param moves   "from -> to" unit sets with how many complaints, most first
 * @param units   per unit code: complaints it receives now and would receive
 */
public record RoutingPreview(int total, int changed, List<Move> moves, Map<String, Count> units) {

    public record Move(List<String> from, List<String> to, int complaints) {
    }

    public record Count(int now, int proposed) {
    }

    public static RoutingPreview of(List<RecentComplaint> complaints, Responsibilities now, Responsibilities proposed) {
        Map<List<List<String>>, Integer> moves = new LinkedHashMap<>();
        Map<String, int[]> units = new TreeMap<>();
        int changed = 0;
        for (RecentComplaint c : complaints) {
            List<String> before = route(c, now);
            List<String> after = route(c, proposed);
            before.forEach(u -> units.computeIfAbsent(u, k -> new int[2])[0]++);
            after.forEach(u -> units.computeIfAbsent(u, k -> new int[2])[1]++);
            if (!before.equals(after)) {
                changed++;
                moves.merge(List.of(before, after), 1, Integer::sum);
            }
        }
        List<Move> list = new ArrayList<>();
        moves.forEach((k, n) -> list.add(new Move(k.get(0), k.get(1), n)));
        list.sort(Comparator.comparingInt(Move::complaints).reversed());
        Map<String, Count> counts = new LinkedHashMap<>();
        units.forEach((u, n) -> counts.put(u, new Count(n[0], n[1])));
        return new RoutingPreview(complaints.size(), changed, list, counts);
    }

    private static List<String> route(RecentComplaint c, Responsibilities table) {
        List<Unit> units = c.routed() ? table.unitsFor(c.category(), c.kecamatanCode()) : List.of(table.triage());
        return units.stream().map(Unit::code).sorted().toList();
    }
}
