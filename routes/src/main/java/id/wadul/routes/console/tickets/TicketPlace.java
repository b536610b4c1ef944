package id.wadul.routes.console.tickets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.wadul.routes.desk.ApiException;
import id.wadul.routes.desk.DeskUser;
import id.wadul.routes.desk.Json;
import id.wadul.routes.learn.PlaceLearning;
import id.wadul.routes.understand.Kecamatan;
import id.wadul.routes.understand.Region;
import id.wadul.routes.understand.Village;
import id.wadul.sql.console.ConsoleTicketMapper;
import io.javalin.config.RoutesConfig;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ticket page's place correction by triage staff ({@code POST /api/tickets/{number}/place}): the ticket's
 * kecamatan and desa set (its units stay; reassigning is its own action), a PLACE_SET event, and the text's place
 * phrases learned for that desa ({@link PlaceLearning}), used from the next complaint on.
 */
final class TicketPlace {

    private static final Logger LOG = LoggerFactory.getLogger(TicketPlace.class);

    private final TicketWork work;
    private final TicketReader reader;
    private final PlaceLearning places;
    private final Region region;
    private final ObjectMapper json;

    TicketPlace(TicketWork work, TicketReader reader, PlaceLearning places, Region region, ObjectMapper json) {
        this.work = work;
        this.reader = reader;
        this.places = places;
        this.region = region;
        this.json = json;
    }

    void register(RoutesConfig routes) {
        routes.post("/api/tickets/{number}/place", ctx -> {
            DeskUser user = TicketAccess.requireStaff(ctx);
            JsonNode body = Json.body(ctx, json, Set.of("kecamatan", "desa"));
            String number = TicketApi.number(ctx);
            set(user, number, Fields.optionalText(body, "kecamatan"), Fields.optionalText(body, "desa"));
            Json.send(ctx, json, 200, reader.detail(user, number));
        });
    }

    void set(DeskUser user, String number, String kecamatanCode, String desaCode) {
        Kecamatan kecamatan = region.kecamatan(kecamatanCode)
                .orElseThrow(() -> ApiException.invalid("kecamatan", "Pilih kecamatan dari daftar."));
        Village desa = desaCode == null ? null : region.village(desaCode)
                .filter(v -> v.kecamatanCode().equals(kecamatan.code()))
                .orElseThrow(() -> ApiException.invalid("desa", "Desa tidak ada di kecamatan itu."));
        List<String> learned = work.onTicket(number, (session, t, now) -> {
            session.getMapper(ConsoleTicketMapper.class).updateAssignment(t.id(), t.category(), kecamatan.code(),
                    kecamatan.name(), desa == null ? null : desa.code(), desa == null ? null : desa.name(), now);
            String was = t.kecamatanName() == null ? "unknown"
                    : (t.desaName() == null ? "" : t.desaName() + ", ") + t.kecamatanName();
            work.event(session, t, user, "PLACE_SET", null, was + " -> " + (desa == null ? "" : desa.name() + ", ")
                    + kecamatan.name(), null, now);
            LOG.info("Ticket {}: place set to {} {} by {}", t.number(), kecamatan.code(),
                    desa == null ? "" : desa.code(), user.username());
            return desa == null ? List.<String>of() : places.capture(session, t.text(), desa.code(),
                    PlaceLearning.Source.TICKET, t.id(), user.username(), now);
        });
        if (!learned.isEmpty()) {
            places.apply();
        }
    }
}
