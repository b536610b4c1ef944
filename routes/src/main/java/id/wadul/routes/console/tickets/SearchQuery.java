package id.wadul.routes.console.tickets;

import id.wadul.gateway.text.PhoneNumbers;
import id.wadul.routes.desk.ApiException;
import id.wadul.routes.desk.DeskUser;
import id.wadul.sql.console.TicketSearch;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The search form's query string as a {@link TicketSearch}: {@code ticket}, {@code text}, {@code kecamatan},
 * {@code desa}, {@code category}, {@code state}, {@code unit}, {@code from} and {@code to} (dates
 * {@code yyyy-MM-dd} in the regency's zone, both inclusive), {@code citizen} (triage staff only), {@code page}
 * (from 0) and {@code size} (at most {@value #MAX_SIZE}). Empty parameters do not filter.
 */
final class SearchQuery {

    static final int DEFAULT_SIZE = 25;
    static final int MAX_SIZE = 100;
    static final Set<String> STATES = Set.of("TRIAGE", "OPEN", "IN_PROGRESS", "DONE", "REJECTED");

    private SearchQuery() {
    }

    static TicketSearch from(Context ctx, DeskUser user, ZoneId zone) {
        Map<String, String> errors = new LinkedHashMap<>();
        String ticket = upper(param(ctx, "ticket"));
        String state = upper(param(ctx, "state"));
        if (state != null && !STATES.contains(state)) {
            errors.put("state", "Status tidak dikenal.");
        }
        Instant from = day(ctx, "from", zone, 0, errors);
        Instant to = day(ctx, "to", zone, 1, errors);
        String citizen = param(ctx, "citizen");
        if (citizen != null && !TicketAccess.staff(user)) {
            throw new ApiException(403, "Hanya petugas triase yang boleh mencari menurut nomor warga.");
        }
        String number = citizen == null ? null : PhoneNumbers.normalise(citizen);
        int page = integer(ctx, "page", 0, 0, 100_000, errors);
        int size = integer(ctx, "size", DEFAULT_SIZE, 1, MAX_SIZE, errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return new TicketSearch(ticket, param(ctx, "text"), param(ctx, "kecamatan"), param(ctx, "desa"),
                param(ctx, "category"), state, param(ctx, "unit"), from, to, number, TicketAccess.staff(user),
                user.station(), page * size, size);
    }

    private static String param(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        return v.strip().length() > 200 ? v.strip().substring(0, 200) : v.strip();
    }

    private static String upper(String v) {
        return v == null ? null : v.toUpperCase(Locale.ROOT);
    }

    private static Instant day(Context ctx, String name, ZoneId zone, int plusDays, Map<String, String> errors) {
        String v = param(ctx, name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v).plusDays(plusDays).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException e) {
            errors.put(name, "Tanggal harus berbentuk TTTT-BB-HH, contoh 2026-11-29.");
            return null;
        }
    }

    private static int integer(Context ctx, String name, int fallback, int min, int max, Map<String, String> errors) {
        String v = param(ctx, name);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.put(name, "Harus bilangan " + min + " sampai " + max + ".");
        return fallback;
    }
}
