package id.wadul.routes.console.tickets;

import id.wadul.routes.desk.DeskUser;
import id.wadul.routes.flow.Masking;
import id.wadul.routes.text.SafeText;
import id.wadul.sql.ticket.TicketRow;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A ticket as JSON for the console, cut to what the caller may see ({@link TicketAccess}). */
public final class TicketViews {

    private static final Map<String, String> STATE_LABELS = Map.of(
            "TRIAGE", "Diperiksa Kominfo", "OPEN", "Diteruskan ke unit", "IN_PROGRESS", "Sedang diproses",
            "DONE", "Selesai", "REJECTED", "Ditolak");

    private TicketViews() {
    }

    /**
     * Number, channel, category, state, place and dates for everyone who may list it; the text, the caller's name
     * and number only for those who see it in full (the number in full for triage staff, unless anonymous).
     */
    public static Map<String, Object> summary(TicketRow t, DeskUser user) {
        boolean full = TicketAccess.seesInFull(user, t);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("ticket", t.number());
        view.put("channel", t.channel());
        view.put("station", "radio".equals(t.channel()) ? SafeText.cleanLine(t.station()) : null);
        view.put("category", t.category());
        view.put("state", t.state());
        view.put("stateLabel", STATE_LABELS.getOrDefault(t.state(), t.state()));
        view.put("urgent", t.urgent());
        view.put("secret", t.secret());
        view.put("anonymous", t.anonymous());
        view.put("kecamatan", t.kecamatanName());
        view.put("kecamatanCode", t.kecamatanCode());
        view.put("desa", t.desaName());
        view.put("desaCode", t.desaCode());
        view.put("createdAt", time(t.createdAt()));
        view.put("dueAt", time(t.dueAt()));
        view.put("full", full);
        view.put("text", full ? SafeText.clean(t.text()) : null);
        view.put("citizenName", full && !t.anonymous() ? SafeText.cleanLine(t.citizenName()) : null);
        view.put("citizen", full ? citizen(t, user) : null);
        return view;
    }

    /** The citizen's number as the caller may see it: in full for triage staff (unless anonymous), else masked. */
    static String citizen(TicketRow t, DeskUser user) {
        if (t.citizenNumber() == null) {
            return null;
        }
        return TicketAccess.staff(user) && !t.anonymous() ? Masking.show(t.citizenNumber())
                : Masking.mask(t.citizenNumber());
    }

    static String time(Instant at) {
        return at == null ? null : at.toString();
    }
}
