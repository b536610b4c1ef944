package id.wadul.routes.console.triage;

import id.wadul.routes.understand.Analysis;
import id.wadul.routes.understand.ComplaintAnalyzer;
import id.wadul.routes.understand.Unit;
import id.wadul.sql.ticket.TicketRow;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the system suggests for a ticket in triage, and why: the category and place stored when it was opened,
 * the units the routing table gives for them, and the analyzer's reading of the stored text run again (score,
 * confidence, the words that matched, the place it found in the text).
 */
record Suggestion(String category, String categoryName, String kecamatanCode, String kecamatanName, String desaCode,
        String desaName, List<Unit> units, double score, boolean confident, List<String> matched,
        String placeFound) {

    static Suggestion of(TicketRow t, ComplaintAnalyzer analyzer) {
        Analysis a = analyzer.analyze(t.text());
        String placeFound = a.place().map(p -> (p.desaName() == null ? "" : p.desaName() + ", ")
                + "Kec. " + p.kecamatanName()).orElse(null);
        return new Suggestion(t.category(), analyzer.classifier().categoryName(t.category()), t.kecamatanCode(),
                t.kecamatanName(), t.desaCode(), t.desaName(),
                analyzer.responsibilities().unitsFor(t.category(), t.kecamatanCode()), a.score(), a.confident(),
                a.matched(), placeFound);
    }

    String unitCodes() {
        return codes(units);
    }

    static String codes(List<Unit> units) {
        return units.stream().map(Unit::code).collect(Collectors.joining(","));
    }

    Optional<String> place() {
        return Optional.ofNullable(kecamatanName).map(k -> (desaName == null ? "" : desaName + ", ") + "Kec. " + k);
    }
}
