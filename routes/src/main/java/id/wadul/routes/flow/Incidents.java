package id.wadul.routes.flow;

import id.wadul.routes.understand.Classifier;
import id.wadul.routes.understand.TextSimilarity;
import id.wadul.sql.incident.IncidentCandidate;
import id.wadul.sql.incident.IncidentKey;
import id.wadul.sql.incident.IncidentMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The decide step's incidents: which of the batch's new tickets are reports of something another citizen
 * reported already, so that they join that report's incident instead of reaching the units as new forwards.
 *
 * <p>A new ticket may join when it is routed (not in triage), not secret, and its place is known. It joins the
 * open (OPEN, IN_PROGRESS), not secret incident or lone ticket of another citizen with the same category and
 * kecamatan, the same desa when both name one, first reported at most {@code flow.incident.window} ago, whose
 * text shares the most words with its own ({@link TextSimilarity}), at least {@code flow.incident.similarity}
 * percent of them. Tickets stored already are found in one query for the batch; a ticket opened earlier in the
 * batch is a candidate for those after it.
 */
final class Incidents {

    private final FlowSettings settings;

    Incidents(FlowSettings settings) {
        this.settings = settings;
    }

    /** Sets {@code item.incident} on each new ticket of the batch that joins an incident. */
    void find(Batch batch) {
        if (!settings.incidents()) {
            return;
        }
        List<Batch.Item> eligible = batch.all().stream()
                .filter(i -> i.outcome == Batch.Outcome.NEW_TICKET && eligible(i)).toList();
        if (eligible.isEmpty()) {
            return;
        }
        Set<IncidentKey> keys = new LinkedHashSet<>();
        eligible.forEach(i -> keys.add(new IncidentKey(i.assignment.category(), i.assignment.place().kecamatanCode())));
        List<IncidentJoin.Head> heads = new ArrayList<>();
        for (IncidentCandidate c : batch.session().getMapper(IncidentMapper.class)
                .candidates(keys, batch.now().minus(settings.incidentWindow()))) {
            heads.add(new IncidentJoin.Head(c.id(), c.number(), null, c.citizenNumber(), c.category(),
                    c.kecamatanCode(), c.desaCode(), c.urgent(), TextSimilarity.words(c.normalisedText()),
                    c.reports(), c.incidentId() != null));
        }
        for (Batch.Item item : eligible) {
            Set<String> words = TextSimilarity.words(item.analysis.normalisedText());
            Assignment a = item.assignment;
            IncidentJoin.Head best = null;
            double bestSimilarity = 0;
            for (IncidentJoin.Head h : heads) {
                if (samePlace(h, a) && h.category.equals(a.category())
                        && (h.citizenNumber == null || !h.citizenNumber.equals(item.complaint.citizenNumber()))) {
                    double s = TextSimilarity.jaccard(words, h.words);
                    if (s > bestSimilarity) {
                        best = h;
                        bestSimilarity = s;
                    }
                }
            }
            if (best != null && bestSimilarity * 100 >= settings.incidentSimilarity()) {
                best.reports++;
                item.incident = new IncidentJoin(best, best.reports, bestSimilarity, String.format(Locale.ROOT,
                        "incident: %s x %s%s, %.0f%% words shared (>= %d%%) within %s", a.category(),
                        a.place().kecamatanCode(), a.place().desaCode() == null ? "" : " x " + a.place().desaCode(),
                        bestSimilarity * 100, settings.incidentSimilarity(), settings.incidentWindow()));
            } else {
                heads.add(new IncidentJoin.Head(null, null, item, item.complaint.citizenNumber(), a.category(),
                        a.place().kecamatanCode(), a.place().desaCode(), a.urgent(), words, 1, false));
            }
        }
    }

    private static boolean eligible(Batch.Item item) {
        Assignment a = item.assignment;
        return !a.triage() && !item.complaint.secret() && a.place().kecamatanCode() != null
                && !Classifier.OTHER.equals(a.category());
    }

    /** The same kecamatan, and the same desa when both name one. */
    private static boolean samePlace(IncidentJoin.Head h, Assignment a) {
        return h.kecamatanCode.equals(a.place().kecamatanCode())
                && (h.desaCode == null || a.place().desaCode() == null || Objects.equals(h.desaCode,
                        a.place().desaCode()));
    }
}
