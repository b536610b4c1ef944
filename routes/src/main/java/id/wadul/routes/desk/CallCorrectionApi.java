package id.wadul.routes.desk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.wadul.routes.console.tickets.TicketWork;
import id.wadul.routes.flow.FlowSettings;
import id.wadul.routes.flow.Forwards;
import id.wadul.routes.flow.Messages;
import id.wadul.routes.text.SafeText;
import id.wadul.routes.understand.ComplaintAnalyzer;
import id.wadul.routes.understand.Region;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * The desk's correction and withdrawal of a call ({@link CallCorrections}):
 * {@code POST /api/calls/{ticket}/correct} with text, category, kecamatan and desa, and
 * {@code POST /api/calls/{ticket}/withdraw} with an optional reason. Only a radio station's accounts.
 */
public final class CallCorrectionApi implements WebModule {

    private static final Set<String> CORRECTION_FIELDS = Set.of("text", "category", "kecamatan", "desa");
    private static final int MAX_REASON = 300;

    private final CallCorrections corrections;
    private final ObjectMapper json = Json.strictMapper();

    /**
     * @param clock      the desk's clock (the calls' times and the window are read on it)
     * @param window     how long after logging a call it may be changed ({@code desk.call.editWindow})
     * @param wakeOutbox wakes the outbox dispatcher after a commit that queued SMS
     */
    public CallCorrectionApi(SqlSessionFactory sql, ComplaintAnalyzer analyzer, Messages messages, FlowSettings flow,
            Duration window, Clock clock, Runnable wakeOutbox) {
        AnalyzerAdvisor advisor = new AnalyzerAdvisor(analyzer, Region.load(flow.regencyCode()));
        CallValidator validator = new CallValidator(advisor.places(), advisor.categories().keySet(),
                () -> advisor.units().keySet());
        this.corrections = new CallCorrections(new TicketWork(sql, analyzer.responsibilities(), messages, flow, clock,
                wakeOutbox), new Forwards(messages, flow), analyzer, validator, advisor.places(), window);
    }

    @Override
    public void register(RoutesConfig routes, Predicate<Context> loggedIn) {
        routes.post("/api/calls/{ticket}/correct", ctx -> {
            DeskUser user = requireCallDesk(ctx);
            JsonNode body = Json.body(ctx, json, CORRECTION_FIELDS);
            corrections.correct(user, number(ctx), new CallCorrections.Correction(CallRequest.text(body, "text"),
                    CallRequest.text(body, "category"), CallRequest.text(body, "kecamatan"),
                    CallRequest.text(body, "desa")));
            Json.send(ctx, json, 200, Map.of("ticket", number(ctx), "corrected", true));
        });
        routes.post("/api/calls/{ticket}/withdraw", ctx -> {
            DeskUser user = requireCallDesk(ctx);
            JsonNode body = Json.body(ctx, json, Set.of("reason"));
            String reason = CallRequest.text(body, "reason");
            if (reason != null && (reason.length() > MAX_REASON || SafeText.hasForbidden(reason, false))) {
                throw ApiException.invalid("reason", "Alasan maksimal " + MAX_REASON + " karakter, tanpa karakter "
                        + "kontrol.");
            }
            corrections.withdraw(user, number(ctx), reason);
            Json.send(ctx, json, 200, Map.of("ticket", number(ctx), "withdrawn", true));
        });
    }

    private static DeskUser requireCallDesk(Context ctx) {
        DeskUser user = Json.user(ctx);
        if (!user.role().atCallDesk()) {
            throw new ApiException(403, "Hanya akun stasiun radio yang boleh mengubah panggilan.");
        }
        return user;
    }

    private static String number(Context ctx) {
        String n = ctx.pathParam("ticket").strip().toUpperCase(Locale.ROOT);
        if (!n.matches("[A-Z0-9]{3,16}")) {
            throw new ApiException(404, "Tiket tidak ditemukan.");
        }
        return n;
    }
}
