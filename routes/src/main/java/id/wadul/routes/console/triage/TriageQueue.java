package id.wadul.routes.console.triage;

import id.wadul.routes.console.tickets.TicketViews;
import id.wadul.routes.desk.DeskUser;
import id.wadul.routes.text.SafeText;
import id.wadul.routes.understand.ComplaintAnalyzer;
import id.wadul.routes.understand.Unit;
import id.wadul.sql.console.ConsoleTicketMapper;
import id.wadul.sql.ticket.TicketEventRow;
import id.wadul.sql.ticket.TicketMapper;
import id.wadul.sql.ticket.TicketRow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * The tickets waiting in triage (any channel), those whose citizen answered triage's question first, then urgent,
 * then oldest, each with its suggestion.
 */
final class TriageQueue {

    static final int LIMIT = 100;

    private final SqlSessionFactory sql;
    private final ComplaintAnalyzer analyzer;

    TriageQueue(SqlSessionFactory sql, ComplaintAnalyzer analyzer) {
        this.sql = sql;
        this.analyzer = analyzer;
    }

    Map<String, Object> list(DeskUser user) {
        try (SqlSession s = sql.openSession(true)) {
            ConsoleTicketMapper console = s.getMapper(ConsoleTicketMapper.class);
            TicketMapper tickets = s.getMapper(TicketMapper.class);
            List<Map<String, Object>> rows = console.triageQueue(LIMIT).stream()
                    .map(t -> view(t, user, tickets.events(t.id()))).toList();
            Map<String, Object> queue = new LinkedHashMap<>();
            queue.put("total", console.countTriage());
            queue.put("tickets", rows);
            return queue;
        }
    }

    private Map<String, Object> view(TicketRow t, DeskUser user, List<TicketEventRow> events) {
        Map<String, Object> view = TicketViews.summary(t, user);
        Suggestion s = Suggestion.of(t, analyzer);
        Map<String, Object> why = new LinkedHashMap<>();
        why.put("category", s.category());
        why.put("categoryName", s.categoryName());
        why.put("place", s.place().orElse(null));
        why.put("units", s.units().stream().map(TriageQueue::unit).toList());
        why.put("score", s.score());
        why.put("confident", s.confident());
        why.put("matched", s.matched());
        why.put("placeFound", s.placeFound());
        TicketEventRow created = events.stream().filter(e -> "CREATED".equals(e.kind())).findFirst().orElse(null);
        why.put("created", created == null ? null : created.detail());
        why.put("rule", created == null ? null : created.rule());
        why.put("asked", events.stream().filter(e -> "ASKED".equals(e.kind())).count());
        // the citizen's answers to triage's questions (the flow's AskReplies), and whether one came after the last
        long lastAsked = events.stream().filter(e -> "ASKED".equals(e.kind())).mapToLong(TicketEventRow::id).max()
                .orElse(0);
        List<TicketEventRow> answers = events.stream().filter(e -> "ANSWERED".equals(e.kind())).toList();
        why.put("answers", answers.stream().map(e -> SafeText.clean(e.detail())).toList());
        why.put("answered", answers.stream().anyMatch(e -> e.id() > lastAsked));
        view.put("suggestion", why);
        return view;
    }

    private static Map<String, String> unit(Unit u) {
        return Map.of("code", u.code(), "name", u.name());
    }
}
