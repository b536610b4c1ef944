package id.wadul.routes.desk;

import id.wadul.routes.text.SafeText;
import id.wadul.sql.desk.OperatorMapper;
import id.wadul.sql.desk.OperatorRow;
import java.sql.SQLIntegrityConstraintViolationException;
import java.text.Normalizer;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Desk accounts: creation with validation, and password checks. Repeated failures are slowed by
 * {@link LoginThrottle} per username and address, never by locking the account (which anyone could do to an
 * operator in the middle of a show).
 */
public final class Accounts {

    private static final Logger LOG = LoggerFactory.getLogger(Accounts.class);
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final SqlSessionFactory sessions;
    private final Clock clock;

    /** @param settings unused since logins are throttled per address, kept for the callers */
    public Accounts(SqlSessionFactory sessions, DeskSettings settings, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    /** The active account {@code username} with this password, else empty (unknown, inactive or wrong). */
    public Optional<OperatorRow> authenticate(String username, String password) {
        String name = normalise(username);
        try (SqlSession sql = sessions.openSession(true)) {
            OperatorRow row = sql.getMapper(OperatorMapper.class).findByUsername(name);
            if (row == null || !row.active()) {
                Passwords.verifyDummy(password);
                LOG.info("Desk login refused: unknown or inactive account");
                return Optional.empty();
            }
            if (!Passwords.verify(password, row.passwordHash())) {
                LOG.info("Desk login refused: wrong password for {}", row.username());
                return Optional.empty();
            }
            LOG.info("Desk login: {} ({}, {})", row.username(), row.role(), row.station());
            return Optional.of(row);
        }
    }

    static String normalise(String username) {
        return username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Creates an account after validating every field.
     *
     * @throws ApiException 400 with field errors in Bahasa Indonesia (username taken included)
     */
    public OperatorRow create(String username, String roleText, String station, String password) {
        return create(username, roleText, station, password, STATION_ROLES);
    }

    /** A radio station's roles: what a station's admin may create. */
    public static final Set<Role> STATION_ROLES = Set.of(Role.OPERATOR, Role.ADMIN);

    /**
     * Creates an account of one of the {@code allowed} roles after validating every field: a station's account
     * (OPERATOR, ADMIN) needs its station; the office's (SUPERVISOR, OFFICER, SYSADMIN) has none.
     *
     * @throws ApiException 400 with field errors in Bahasa Indonesia (username taken included)
     */
    public OperatorRow create(String username, String roleText, String station, String password,
            Set<Role> allowed) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = normalise(username);
        if (!USERNAME.matcher(name).matches()) {
            errors.put("username", "Nama pengguna 3-64 karakter: huruf kecil, angka, titik, garis bawah atau strip.");
        }
        Optional<Role> role = Role.parse(roleText);
        if (role.isEmpty() || !allowed.contains(role.get())) {
            List<String> names = allowed.stream().sorted().map(Role::name).toList();
            errors.put("role", "Peran harus " + (names.size() == 1 ? names.get(0)
                    : String.join(", ", names.subList(0, names.size() - 1)) + " atau " + names.get(names.size() - 1))
                    + ".");
        }
        String stationName = station == null ? "" : station.strip();
        if (role.isPresent() && !role.get().atCallDesk()) {
            if (!stationName.isEmpty()) {
                errors.put("station", "Hanya akun stasiun radio (OPERATOR, ADMIN) yang punya stasiun.");
            }
        } else if (stationName.isEmpty() || stationName.length() > 100) {
            errors.put("station", "Nama stasiun radio wajib diisi (maksimal 100 karakter).");
        } else if (SafeText.hasForbidden(stationName, true)) {
            errors.put("station", "Nama stasiun berisi karakter kontrol yang tidak diizinkan.");
        } else {
            String similar = nearDuplicate(stationName);
            if (similar != null) {
                errors.put("station", "Nama stasiun terlalu mirip dengan \"" + similar + "\" yang sudah ada. "
                        + "Tulis persis sama atau pakai nama yang jelas berbeda.");
            }
        }
        String passwordProblem = Passwords.problem(password);
        if (passwordProblem != null) {
            errors.put("password", passwordProblem);
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        String hash = Passwords.hash(password);
        try (SqlSession sql = sessions.openSession(true)) {
            OperatorMapper mapper = sql.getMapper(OperatorMapper.class);
            try {
                mapper.insert(name, hash, role.get().name(), stationName, clock.instant());
            } catch (PersistenceException e) {
                if (isDuplicateKey(e)) {
                    throw ApiException.invalid("username", "Nama pengguna sudah dipakai.");
                }
                throw e;
            }
            LOG.info("Desk account created: {} ({}, {})", name, role.get(), stationName);
            return mapper.findByUsername(name);
        }
    }

    /** An existing station that differs from {@code station} only in case, accents or spaces; else null. */
    private String nearDuplicate(String station) {
        String folded = fold(station);
        try (SqlSession sql = sessions.openSession(true)) {
            for (String existing : sql.getMapper(OperatorMapper.class).stations()) {
                if (!existing.equals(station) && fold(existing).equals(folded)) {
                    return existing;
                }
            }
        }
        return null;
    }

    static String fold(String station) {
        String decomposed = Normalizer.normalize(station, Normalizer.Form.NFKD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[\\s\\p{Punct}]+", " ").strip();
    }

    private static boolean isDuplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    public List<OperatorRow> list() {
        try (SqlSession sql = sessions.openSession(true)) {
            return sql.getMapper(OperatorMapper.class).listAll();
        }
    }

    /** The accounts of one station, compared exactly. */
    public List<OperatorRow> listStation(String station) {
        try (SqlSession sql = sessions.openSession(true)) {
            return sql.getMapper(OperatorMapper.class).listByStation(station);
        }
    }

    public Optional<OperatorRow> find(String username) {
        try (SqlSession sql = sessions.openSession(true)) {
            return Optional.ofNullable(sql.getMapper(OperatorMapper.class).findByUsername(normalise(username)));
        }
    }

    public Optional<OperatorRow> findActive(long id) {
        try (SqlSession sql = sessions.openSession(true)) {
            return Optional.ofNullable(sql.getMapper(OperatorMapper.class).findById(id)).filter(OperatorRow::active);
        }
    }

    public int countActiveAdmins() {
        try (SqlSession sql = sessions.openSession(true)) {
            return sql.getMapper(OperatorMapper.class).countActiveAdmins();
        }
    }
}
