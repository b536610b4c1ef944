package id.wadul.routes.console.learn;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.wadul.routes.console.audit.AuditLog;
import id.wadul.routes.desk.ApiException;
import id.wadul.routes.desk.DeskUser;
import id.wadul.routes.desk.Json;
import id.wadul.routes.learn.LearnedDecider;
import id.wadul.routes.learn.Labels;
import id.wadul.routes.learn.TrainedModel;
import id.wadul.routes.understand.ComplaintAnalyzer;
import id.wadul.sql.label.LabelMapper;
import id.wadul.sql.label.LabelRow;
import id.wadul.sql.label.LabelSourceCount;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * The model and its labels over JSON: {@code GET /api/learn/model} (version, examples, when trained, calibration,
 * labels by source), {@code GET /api/learn/labels} (newest first; {@code q} in the text, {@code category},
 * {@code source}, {@code before} an id for the next page) and {@code POST /api/learn/labels/{id}/remove} (a wrong
 * label, audited; the next retraining leaves it out).
 */
final class LabelsApi {

    static final int PAGE = 50;
    private static final Set<String> SOURCES = Set.of("import", "triage", "alih", "selesai");

    private final SqlSessionFactory sql;
    private final ComplaintAnalyzer analyzer;
    private final AuditLog audit;
    private final ObjectMapper json;

    LabelsApi(SqlSessionFactory sql, ComplaintAnalyzer analyzer, AuditLog audit, ObjectMapper json) {
        this.sql = sql;
        this.analyzer = analyzer;
        this.audit = audit;
        this.json = json;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/learn/model", ctx -> {
            LearnConsole.require(ctx);
            Json.send(ctx, json, 200, model());
        });
        routes.get("/api/learn/labels", ctx -> {
            LearnConsole.require(ctx);
            Json.send(ctx, json, 200, labels(ctx));
        });
        routes.post("/api/learn/labels/{id}/remove", this::remove);
    }

    private Map<String, Object> model() {
        Map<String, Object> out = new LinkedHashMap<>();
        Optional<TrainedModel> model = analyzer.decider() instanceof LearnedDecider learned ? learned.model()
                : Optional.empty();
        out.put("model", model.map(LabelsApi::describe).orElse(null));
        Map<String, Integer> bySource = new LinkedHashMap<>();
        int total = 0;
        try (SqlSession session = sql.openSession(true)) {
            for (LabelSourceCount c : session.getMapper(LabelMapper.class).countBySource()) {
                bySource.put(c.source(), c.count());
                total += c.count();
            }
        }
        out.put("labels", total);
        out.put("labelsBySource", bySource);
        Map<String, String> categories = new LinkedHashMap<>();
        analyzer.classifier().categories().forEach(c -> categories.put(c.code(), c.name()));
        out.put("categories", categories);
        return out;
    }

    private static Map<String, Object> describe(TrainedModel m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("version", m.version());
        out.put("examples", m.examples());
        out.put("trainedAt", m.trainedAt().toString());
        out.put("share", m.share());
        out.put("calibrated", m.calibrated());
        out.put("agreeThreshold", Double.isNaN(m.agreeThreshold()) ? null : m.agreeThreshold());
        out.put("aloneThreshold", Double.isNaN(m.aloneThreshold()) ? null : m.aloneThreshold());
        out.put("categories", m.categories().size());
        return out;
    }

    private Map<String, Object> labels(Context ctx) {
        String q = blankToNull(ctx.queryParam("q"), 200);
        String category = blankToNull(ctx.queryParam("category"), 32);
        String source = blankToNull(ctx.queryParam("source"), 16);
        if (source != null && !SOURCES.contains(source)) {
            throw ApiException.invalid("source", "Sumber: import, triage, alih atau selesai.");
        }
        long before = 0;
        String b = ctx.queryParam("before");
        if (b != null && !b.isBlank()) {
            if (!b.strip().matches("[0-9]{1,18}")) {
                throw ApiException.invalid("before", "Harus nomor label.");
            }
            before = Long.parseLong(b.strip());
        }
        List<LabelRow> rows;
        try (SqlSession session = sql.openSession(true)) {
            rows = session.getMapper(LabelMapper.class).recent(q, category, source, before, PAGE + 1);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("labels", rows.stream().limit(PAGE).map(this::view).toList());
        out.put("next", rows.size() > PAGE ? rows.get(PAGE - 1).id() : null);
        return out;
    }

    private Map<String, Object> view(LabelRow r) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", r.id());
        v.put("text", r.text());
        v.put("category", r.category());
        v.put("categoryName", analyzer.classifier().categoryName(r.category()));
        v.put("source", r.source());
        v.put("ticketId", r.ticketId());
        v.put("createdAt", r.createdAt().toString());
        return v;
    }

    private void remove(Context ctx) {
        DeskUser user = LearnConsole.require(ctx);
        long id = LearnConsole.id(ctx);
        try (SqlSession session = sql.openSession(false)) {
            LabelRow row = session.getMapper(LabelMapper.class).find(id);
            if (row == null || !Labels.remove(session, id)) {
                throw new ApiException(404, "Label " + id + " tidak ditemukan.");
            }
            audit.record(session, user.username(), user.role().name(), "label.remove", "label:" + id, view(row),
                    null);
            session.commit();
        }
        Json.send(ctx, json, 200, Map.of("id", id, "removed", true));
    }

    private static String blankToNull(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        return v.length() > max ? v.substring(0, max) : v;
    }
}
