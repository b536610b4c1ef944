package id.wadul.routes.learn;

import id.wadul.routes.understand.ComplaintAnalyzer;
import id.wadul.routes.understand.LearnedPlaces;
import id.wadul.routes.understand.LocationMatcher;
import id.wadul.routes.understand.PlacePhrases;
import id.wadul.routes.understand.Place;
import id.wadul.routes.understand.Region;
import id.wadul.routes.understand.Village;
import id.wadul.sql.place.PlaceNameMapper;
import id.wadul.sql.place.PlaceNameRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The place names the office teaches (table {@code place_name}) and the location matcher that uses them. A place
 * decision (triage's release, a ticket's place corrected) captures the text's place phrases ({@link PlacePhrases})
 * for the desa chosen, when the matcher did not find that desa already; people add a name by hand or remove one in
 * the console. Captures and changes run in the caller's transaction; {@link #apply()} after the commit makes the
 * flow's matcher use the names in the database, without a restart.
 */
public final class PlaceLearning {

    private static final Logger LOG = LoggerFactory.getLogger(PlaceLearning.class);

    /** Where a taught name came from. */
    public enum Source {
        /** The triage queue's release of a ticket with its desa. */
        TRIAGE,
        /** A ticket's place corrected on the ticket page. */
        TICKET,
        /** Added by hand in the console. */
        CONSOLE;

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A name that cannot be taught, with why in Bahasa Indonesia. */
    public static final class Refused extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        private final String field;

        Refused(String field, String message) {
            super(message);
            this.field = field;
        }

        /** The request field at fault: {@code name} or {@code desa}. */
        public String field() {
            return field;
        }
    }

    private final SqlSessionFactory sessions;
    private final ComplaintAnalyzer analyzer;
    private final Region region;
    private final PlacePhrases phrases;

    public PlaceLearning(SqlSessionFactory sessions, ComplaintAnalyzer analyzer) {
        this.sessions = sessions;
        this.analyzer = analyzer;
        this.region = analyzer.locations().region();
        this.phrases = PlacePhrases.of(analyzer.classifier());
    }

    /**
     * In the caller's transaction: the place phrases of {@code text} taught for the desa, unless the matcher finds
     * that desa in the text already (nothing to learn) or no desa was chosen. Returns the names added.
     */
    public List<String> capture(SqlSession session, String text, String desaCode, Source source, Long ticketId,
            String by, Instant now) {
        Optional<Village> desa = region.village(desaCode);
        if (desa.isEmpty()) {
            return List.of();
        }
        String normalised = analyzer.normaliser().normalise(text);
        if (analyzer.locations().find(normalised).map(Place::desaCode).filter(desaCode::equals).isPresent()) {
            return List.of();
        }
        List<String> added = new ArrayList<>();
        for (String name : phrases.in(normalised)) {
            if (LearnedPlaces.check(name, region) == LearnedPlaces.Status.ACTIVE
                    && insert(session, name, desa.get(), source, ticketId, by, now)) {
                added.add(name);
            }
        }
        if (!added.isEmpty()) {
            LOG.info("Place names {} learned for desa {} ({}) from ticket id {} by {}", added, desa.get().name(),
                    desaCode, ticketId, by);
        }
        return added;
    }

    /**
     * In the caller's transaction: the name (as typed; normalised here) taught for the desa by hand. Returns the row.
     *
     * @throws Refused when the name is empty, too long, an official name or too general, or the desa unknown
     */
    public PlaceNameRow add(SqlSession session, String typed, String desaCode, String by, Instant now) {
        Village desa = region.village(desaCode).orElseThrow(() -> new Refused("desa", "Pilih desa dari daftar."));
        String name = String.join(" ", analyzer.normaliser().normalise(typed).strip().split("\\s+")).strip();
        if (name.isEmpty() || name.length() > 100 || name.split(" ").length > LearnedPlaces.MAX_WORDS) {
            throw new Refused("name", "Nama tempat 1 sampai " + LearnedPlaces.MAX_WORDS
                    + " kata, paling panjang 100 huruf.");
        }
        switch (LearnedPlaces.check(name, region)) {
            case OFFICIAL -> throw new Refused("name", "'" + name + "' sudah nama resmi kecamatan atau desa.");
            case TOO_GENERAL -> throw new Refused("name", "'" + name + "' terlalu umum untuk nama tempat; tulis lebih "
                    + "lengkap (mis. 'pasar kota').");
            default -> { }
        }
        if (!insert(session, name, desa, Source.CONSOLE, null, by, now)) {
            throw new Refused("name", "'" + name + "' sudah tercatat untuk desa " + desa.name() + ".");
        }
        PlaceNameMapper mapper = session.getMapper(PlaceNameMapper.class);
        return mapper.find(mapper.lastInsertId());
    }

    private static boolean insert(SqlSession session, String name, Village desa, Source source, Long ticketId,
            String by, Instant now) {
        return session.getMapper(PlaceNameMapper.class).insert(new PlaceNameRow(0, name, desa.code(),
                desa.kecamatanCode(), source.code(), ticketId, by, now)) == 1;
    }

    /** In the caller's transaction: removes a taught name; empty when there was none with that id. */
    public Optional<PlaceNameRow> remove(SqlSession session, long id) {
        PlaceNameMapper mapper = session.getMapper(PlaceNameMapper.class);
        PlaceNameRow row = mapper.find(id);
        if (row == null || mapper.delete(id) != 1) {
            return Optional.empty();
        }
        LOG.info("Place name {} '{}' for desa {} removed", id, row.name(), row.desaCode());
        return Optional.of(row);
    }

    /** The taught names in the database, oldest first. */
    public List<PlaceNameRow> all(SqlSession session) {
        return session.getMapper(PlaceNameMapper.class).all();
    }

    /** What the matcher makes of the names now. */
    public LearnedPlaces current() {
        return analyzer.locations().learned();
    }

    /** Makes the flow's matcher use the names in the database (after each change commits). */
    public void apply() {
        apply(sessions, analyzer.locations());
    }

    /**
     * Makes {@code matcher} use the names in the database: read and swapped under one lock, so of two changes
     * applied at once the names read last (the newer) stay.
     */
    public static void apply(SqlSessionFactory sessions, LocationMatcher matcher) {
        LearnedPlaces places;
        synchronized (matcher) {
            try (SqlSession session = sessions.openSession(true)) {
                places = LearnedPlaces.of(session.getMapper(PlaceNameMapper.class).all().stream()
                        .map(r -> new LearnedPlaces.Entry(r.name(), r.desaCode())).toList(), matcher.region());
            }
            matcher.useLearned(places);
        }
        LOG.info("Place names applied: {} in use", places.activeCount());
    }
}
