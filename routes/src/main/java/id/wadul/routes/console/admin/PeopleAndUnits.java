package id.wadul.routes.console.admin;

import id.wadul.routes.console.audit.AuditLog;
import id.wadul.routes.console.routing.RoutingTable;
import id.wadul.routes.console.routing.RoutingTables;
import id.wadul.routes.desk.ApiException;
import id.wadul.routes.desk.DeskUser;
import id.wadul.routes.text.SafeText;
import id.wadul.routes.understand.Responsibilities;
import id.wadul.sql.unit.MemberRow;
import id.wadul.sql.unit.PersonMapper;
import id.wadul.sql.unit.PersonRow;
import id.wadul.sql.unit.UnitMapper;
import id.wadul.sql.unit.UnitRow;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * Units and people (officers) in the database: create and change them, and set a person's units (several). Each
 * change is one transaction with its audit row, then the flow's table is replaced ({@link RoutingTables#apply}):
 * an officer added to a unit receives its next forward and may answer by SMS without a restart.
 */
final class PeopleAndUnits {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,63}");
    private static final Set<String> VISIBILITY = Set.of("never", "urgent", "always");

    /** A unit as the console shows it. */
    record UnitView(String code, String name, String seesCitizenNumber, boolean active, List<Long> members) {
    }

    /** A person as the console shows it. */
    record PersonView(long id, String name, String number, boolean active, List<String> units) {
    }

    private final SqlSessionFactory sql;
    private final Responsibilities live;
    private final AuditLog audit;
    private final Clock clock;

    PeopleAndUnits(SqlSessionFactory sql, Responsibilities live, AuditLog audit, Clock clock) {
        this.sql = sql;
        this.live = live;
        this.audit = audit;
        this.clock = clock;
    }

    List<UnitView> units() {
        try (SqlSession s = sql.openSession(true)) {
            Map<String, List<Long>> members = new LinkedHashMap<>();
            for (MemberRow m : s.getMapper(PersonMapper.class).members()) {
                members.computeIfAbsent(m.unitCode(), c -> new ArrayList<>()).add(m.personId());
            }
            return s.getMapper(UnitMapper.class).allUnits().stream().map(u -> new UnitView(u.code(), u.name(),
                    u.seesCitizenNumber(), u.active(), members.getOrDefault(u.code(), List.of()))).toList();
        }
    }

    List<PersonView> people() {
        try (SqlSession s = sql.openSession(true)) {
            PersonMapper people = s.getMapper(PersonMapper.class);
            Map<Long, List<String>> units = new LinkedHashMap<>();
            for (MemberRow m : people.members()) {
                units.computeIfAbsent(m.personId(), c -> new ArrayList<>()).add(m.unitCode());
            }
            return people.all().stream().map(p -> new PersonView(p.id(), p.name(), p.number(), p.active(),
                    units.getOrDefault(p.id(), List.of()))).toList();
        }
    }

    /** Creates ({@code create}) or changes a unit. */
    UnitView saveUnit(DeskUser admin, boolean create, String code, String name, String sees, boolean active) {
        Map<String, String> errors = new LinkedHashMap<>();
        String key = code == null ? "" : code.strip().toLowerCase(java.util.Locale.ROOT);
        if (!CODE.matcher(key).matches()) {
            errors.put("code", "Kode unit 2-64 karakter: huruf kecil, angka atau strip.");
        }
        String title = checkName(name, "name", errors);
        String visibility = sees == null ? "" : sees.strip().toLowerCase(java.util.Locale.ROOT);
        if (!VISIBILITY.contains(visibility)) {
            errors.put("seesCitizenNumber", "Pilih never, urgent atau always.");
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        try (SqlSession s = sql.openSession(false)) {
            UnitMapper units = s.getMapper(UnitMapper.class);
            UnitRow before = units.findUnit(key);
            if (create && before != null) {
                throw ApiException.invalid("code", "Kode unit sudah dipakai.");
            }
            if (!create && before == null) {
                throw new ApiException(404, "Unit tidak ditemukan.");
            }
            if (!active && before != null && before.active()) {
                String use = usedInRouting(key);
                if (use != null) {
                    throw ApiException.invalid("active", "Unit masih dipakai " + use + ": ubah tabel rute dulu.");
                }
            }
            units.upsertUnit(key, title, visibility, active, clock.instant());
            UnitRow after = units.findUnit(key);
            audit.record(s, admin.username(), admin.role().name(), create ? "unit.create" : "unit.update", key,
                    before, after);
            s.commit();
        }
        RoutingTables.apply(sql, live);
        return units().stream().filter(u -> u.code().equals(key)).findFirst().orElseThrow();
    }

    /** Creates ({@code id} null) or changes a person, with their units (replacing the former ones). */
    PersonView savePerson(DeskUser admin, Long id, String name, String number, boolean active, List<String> units) {
        Map<String, String> errors = new LinkedHashMap<>();
        String title = checkName(name, "name", errors);
        String normalised = Responsibilities.normaliseNumber(number);
        if (!normalised.matches("62\\d{7,13}")) {
            errors.put("number", "Nomor HP seperti 6281234567890 atau 081234567890.");
        }
        Set<String> codes = new LinkedHashSet<>();
        try (SqlSession s = sql.openSession(false)) {
            UnitMapper unitMapper = s.getMapper(UnitMapper.class);
            for (String code : units) {
                UnitRow unit = unitMapper.findUnit(code);
                if (unit == null) {
                    errors.put("units", "Unit '" + code + "' tidak dikenal.");
                } else {
                    codes.add(unit.code());
                }
            }
            PersonMapper people = s.getMapper(PersonMapper.class);
            PersonRow sameNumber = errors.containsKey("number") ? null : people.findByNumber(normalised);
            if (sameNumber != null && (id == null || sameNumber.id() != id)) {
                errors.put("number", "Nomor ini sudah dipakai oleh " + sameNumber.name() + ".");
            }
            PersonRow before = id == null ? null : people.findById(id);
            if (id != null && before == null) {
                throw new ApiException(404, "Orang tidak ditemukan.");
            }
            if (!errors.isEmpty()) {
                throw ApiException.invalid(errors);
            }
            PersonView beforeView = before == null ? null
                    : new PersonView(before.id(), before.name(), before.number(), before.active(), people.unitsOf(id));
            long personId;
            if (id == null) {
                people.insert(title, normalised, active, clock.instant());
                personId = people.lastInsertId();
            } else {
                people.update(id, title, normalised, active, clock.instant());
                personId = id;
            }
            people.removeMembers(personId);
            codes.forEach(code -> people.addMember(code, personId));
            PersonView after = new PersonView(personId, title, normalised, active, people.unitsOf(personId));
            audit.record(s, admin.username(), admin.role().name(), id == null ? "person.create" : "person.update",
                    "person:" + personId, beforeView, after);
            s.commit();
            RoutingTables.apply(sql, live);
            return after;
        }
    }

    /** Where the routing table names this unit, in words, or null. */
    private String usedInRouting(String code) {
        RoutingTable table = RoutingTable.of(live);
        if (table.triage().equals(code)) {
            return "sebagai unit triase";
        }
        if (table.rules().stream().anyMatch(r -> r.units().contains(code))) {
            return "dalam aturan rute";
        }
        if (table.defaults().values().stream().anyMatch(u -> u.contains(code))) {
            return "sebagai unit bawaan kategori";
        }
        return null;
    }

    private static String checkName(String name, String field, Map<String, String> errors) {
        String title = name == null ? "" : name.strip();
        if (title.isEmpty() || title.length() > 200) {
            errors.put(field, "Nama wajib diisi (maksimal 200 karakter).");
        } else if (SafeText.hasForbidden(title, true)) {
            errors.put(field, "Nama berisi karakter kontrol yang tidak diizinkan.");
        }
        return title;
    }
}
