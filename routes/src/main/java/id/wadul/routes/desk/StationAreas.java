package id.wadul.routes.desk;

import id.wadul.routes.console.audit.AuditLog;
import id.wadul.sql.desk.DeskTicketMapper;
import id.wadul.sql.desk.TicketNote;
import id.wadul.sql.desk.TicketSummary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * The area a radio station covers ({@code desk_station_area}: its kecamatan; none = the whole regency) and the
 * SMS tickets of that area its follow-up list shows for reading on air: never secret ones, never the citizen's
 * number nor the text (which may name the citizen), and of the units' steps only which unit did what when.
 * The station's admin sets the area (audited).
 */
final class StationAreas {

    private static final int LIMIT = 200;

    private final SqlSessionFactory sql;
    private final PlaceSearch places;
    private final AuditLog audit;

    StationAreas(SqlSessionFactory sql, PlaceSearch places, AuditLog audit) {
        this.sql = sql;
        this.places = places;
        this.audit = audit;
    }

    /** An SMS ticket of the area with its units' steps (their notes' text left out). */
    record AreaTicket(TicketSummary ticket, List<TicketNote> steps) {
    }

    /** The station's kecamatan, by code and name; empty: the whole regency. */
    List<PlaceSearch.Entry> area(String station) {
        try (SqlSession s = sql.openSession(true)) {
            return s.getMapper(DeskTicketMapper.class).stationArea(station).stream()
                    .map(code -> places.kecamatanByCode(code).orElse(new PlaceSearch.Entry(code, code))).toList();
        }
    }

    /** Replaces the admin's station's area with these kecamatan codes (empty: the whole regency). */
    List<PlaceSearch.Entry> set(DeskUser admin, List<String> codes) {
        if (!admin.isAdmin()) {
            throw new ApiException(403, "Hanya admin stasiun yang boleh mengatur wilayah stasiun.");
        }
        Set<String> unique = new LinkedHashSet<>(codes);
        List<String> unknown = unique.stream().filter(c -> places.kecamatanByCode(c).isEmpty()).toList();
        if (!unknown.isEmpty() || unique.size() > 100) {
            throw ApiException.invalid("kecamatan", "Kecamatan tidak dikenal. Pilih dari daftar.");
        }
        try (SqlSession s = sql.openSession(false)) {
            DeskTicketMapper mapper = s.getMapper(DeskTicketMapper.class);
            List<String> before = mapper.stationArea(admin.station());
            mapper.clearStationArea(admin.station());
            unique.forEach(code -> mapper.addStationArea(admin.station(), code));
            audit.record(s, admin.username(), admin.role().name(), "station.area", admin.station(), before,
                    List.copyOf(unique));
            s.commit();
        }
        return area(admin.station());
    }

    /** The area's non-secret SMS tickets since {@code since} (only {@code number} when given), newest first. */
    List<AreaTicket> smsTickets(String station, Instant since, String number) {
        try (SqlSession s = sql.openSession(true)) {
            DeskTicketMapper mapper = s.getMapper(DeskTicketMapper.class);
            List<TicketSummary> tickets = mapper.areaSms(mapper.stationArea(station), since, number, LIMIT);
            if (tickets.isEmpty()) {
                return List.of();
            }
            Map<Long, List<TicketNote>> steps = mapper.notes(tickets.stream().map(TicketSummary::id).toList())
                    .stream().map(n -> new TicketNote(n.ticketId(), n.at(), n.kind(), n.unitCode(), n.unitName(), null))
                    .collect(Collectors.groupingBy(TicketNote::ticketId));
            List<AreaTicket> list = new ArrayList<>(tickets.size());
            for (TicketSummary t : tickets) {
                list.add(new AreaTicket(t, steps.getOrDefault(t.id(), List.of())));
            }
            return list;
        }
    }
}
