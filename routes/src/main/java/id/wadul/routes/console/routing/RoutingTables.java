package id.wadul.routes.console.routing;

import id.wadul.routes.understand.Officer;
import id.wadul.routes.understand.Responsibilities;
import id.wadul.routes.understand.Responsibilities.Responsibility;
import id.wadul.routes.understand.Unit;
import id.wadul.sql.routing.DefaultRow;
import id.wadul.sql.routing.RoutingMapper;
import id.wadul.sql.routing.RuleRow;
import id.wadul.sql.unit.MemberRow;
import id.wadul.sql.unit.PersonMapper;
import id.wadul.sql.unit.PersonRow;
import id.wadul.sql.unit.UnitMapper;
import id.wadul.sql.unit.UnitRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The routing table in the database: units, people and their memberships, rules, defaults and the triage unit.
 * Imported once from routing.yaml when the tables are empty ({@link #importIfEmpty}); read into a
 * {@link Responsibilities} ({@link #load}); applied to the flow's table without a restart ({@link #apply}).
 * Inactive units and people are left out of the loaded table (rules naming only inactive units are dropped).
 */
public final class RoutingTables {

    private static final Logger LOG = LoggerFactory.getLogger(RoutingTables.class);

    private RoutingTables() {
    }

    /** Whether the tables were ever filled (the triage unit is set by the first import). */
    public static boolean filled(SqlSession session) {
        return session.getMapper(RoutingMapper.class).triage() != null;
    }

    /**
     * Fills the tables from {@code yaml} (routing.yaml as loaded) when they are empty, in one transaction;
     * returns whether it did. Units already in the tables (tickets refer to them) are updated; an officer's
     * number already known is the same person.
     */
    public static boolean importIfEmpty(SqlSessionFactory sessions, Responsibilities yaml, Instant now) {
        try (SqlSession session = sessions.openSession(false)) {
            if (filled(session)) {
                return false;
            }
            UnitMapper units = session.getMapper(UnitMapper.class);
            PersonMapper people = session.getMapper(PersonMapper.class);
            int officers = 0;
            for (Unit unit : yaml.units()) {
                units.upsertUnit(unit.code(), unit.name(), visibility(unit), now);
                for (Officer officer : unit.officers()) {
                    PersonRow known = people.findByNumber(officer.number());
                    long id;
                    if (known == null) {
                        people.insert(officer.name(), officer.number(), true, now);
                        id = people.lastInsertId();
                        officers++;
                    } else {
                        id = known.id();
                    }
                    people.addMember(unit.code(), id);
                }
            }
            writeTable(session, RoutingTable.of(yaml));
            session.commit();
            LOG.info("Imported routing.yaml into the database: {} units, {} new people, {} rules, {} defaults",
                    yaml.units().size(), officers, yaml.entries().size(), yaml.defaults().size());
            return true;
        }
    }

    /** Replaces the rules, defaults and triage unit (in the caller's transaction). */
    public static void writeTable(SqlSession session, RoutingTable table) {
        RoutingMapper routing = session.getMapper(RoutingMapper.class);
        routing.deleteRules();
        routing.deleteDefaults();
        int position = 0;
        for (RoutingTable.Rule rule : table.rules()) {
            for (String unit : rule.units()) {
                routing.insertRule(new RuleRow(rule.category(), rule.kecamatan(), unit, position++));
            }
        }
        for (Map.Entry<String, List<String>> d : table.defaults().entrySet()) {
            for (String unit : d.getValue()) {
                routing.insertDefault(new DefaultRow(d.getKey(), unit, position++));
            }
        }
        routing.setTriage(table.triage());
    }

    /** The table the database holds now. */
    public static Responsibilities load(SqlSessionFactory sessions) {
        try (SqlSession session = sessions.openSession(true)) {
            return load(session);
        }
    }

    static Responsibilities load(SqlSession session) {
        RoutingMapper routing = session.getMapper(RoutingMapper.class);
        PersonMapper people = session.getMapper(PersonMapper.class);
        Map<Long, PersonRow> persons = new LinkedHashMap<>();
        people.all().stream().filter(PersonRow::active).forEach(p -> persons.put(p.id(), p));
        Map<String, List<Officer>> officers = new LinkedHashMap<>();
        for (MemberRow m : people.members()) {
            PersonRow p = persons.get(m.personId());
            if (p != null) {
                officers.computeIfAbsent(m.unitCode(), c -> new ArrayList<>()).add(new Officer(p.name(), p.number()));
            }
        }
        Map<String, Unit> units = new LinkedHashMap<>();
        for (UnitRow row : session.getMapper(UnitMapper.class).activeUnits()) {
            units.put(row.code(), new Unit(row.code(), row.name(), officers.getOrDefault(row.code(), List.of()),
                    Unit.Visibility.valueOf(row.seesCitizenNumber().toUpperCase(Locale.ROOT))));
        }
        String triageCode = routing.triage();
        Unit triage = triageCode == null ? null : units.get(triageCode);
        if (triage == null) {
            throw new IllegalStateException("the routing tables have no active triage unit ('" + triageCode
                    + "'): import routing.yaml into empty tables or set one in the console");
        }
        List<Responsibility> rules = new ArrayList<>();
        Responsibility open = null;
        for (RuleRow row : routing.rules()) {
            Unit unit = units.get(row.unitCode());
            boolean same = open != null && open.category().equals(row.category())
                    && open.kecamatanCode().equals(row.kecamatanCode());
            List<Unit> list = same ? new ArrayList<>(open.units()) : new ArrayList<>();
            if (unit != null) {
                list.add(unit);
            }
            if (same) {
                rules.set(rules.size() - 1, open = new Responsibility(row.category(), row.kecamatanCode(), list));
            } else {
                rules.add(open = new Responsibility(row.category(), row.kecamatanCode(), list));
            }
        }
        rules.removeIf(r -> r.units().isEmpty());
        Map<String, List<Unit>> defaults = new LinkedHashMap<>();
        for (DefaultRow row : routing.defaults()) {
            Optional.ofNullable(units.get(row.unitCode()))
                    .ifPresent(u -> defaults.computeIfAbsent(row.category(), c -> new ArrayList<>()).add(u));
        }
        return new Responsibilities(List.copyOf(units.values()), rules, defaults, triage);
    }

    /**
     * Makes the flow's table ({@code live}) the database's: the next complaint is routed by it. Called after each
     * change commits; reading and replacing under one lock, so of two changes applied at once the table read last
     * (the newer) stays.
     */
    public static void apply(SqlSessionFactory sessions, Responsibilities live) {
        Responsibilities fresh;
        synchronized (live) {
            fresh = load(sessions);
            live.replaceWith(fresh);
        }
        LOG.info("Routing table applied: {} units, {} rules, {} defaults, triage {}", fresh.units().size(),
                fresh.entries().size(), fresh.defaults().size(), fresh.triage().code());
    }

    static String visibility(Unit unit) {
        return unit.seesCitizenNumber().name().toLowerCase(Locale.ROOT);
    }
}
