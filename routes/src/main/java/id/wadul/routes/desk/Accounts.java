package id.wadul.routes.desk;

import id.wadul.sql.desk.OperatorMapper;
import id.wadul.sql.desk.OperatorRow;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Desk accounts: creation with validation, password checks with lockout after repeated failures. */
public final class Accounts {

    private static final Logger LOG = LoggerFactory.getLogger(Accounts.class);
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

    private final SqlSessionFactory sessions;
    private final DeskSettings settings;
    private final Clock clock;

    public Accounts(SqlSessionFactory sessions, DeskSettings settings, Clock clock) {
        this.sessions = sessions;
        this.settings = settings;
        this.clock = clock;
    }

    /** Why a login failed, or the account that logged in. */
    public sealed interface LoginResult permits LoggedIn, Refused, Locked {
    }

    public record LoggedIn(OperatorRow operator) implements LoginResult {
    }

    public record Refused() implements LoginResult {
    }

    public record Locked(Instant until) implements LoginResult {
    }

    public LoginResult authenticate(String username, String password) {
        String name = username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
        try (SqlSession sql = sessions.openSession(true)) {
            OperatorMapper mapper = sql.getMapper(OperatorMapper.class);
            OperatorRow row = mapper.findByUsername(name);
            if (row == null || !row.active()) {
                Passwords.verifyDummy(password);
                LOG.info("Desk login refused: unknown or inactive account");
                return new Refused();
            }
            Instant now = clock.instant();
            if (row.lockedUntil() != null && row.lockedUntil().isAfter(now)) {
                LOG.info("Desk login refused: account {} locked until {}", row.username(), row.lockedUntil());
                return new Locked(row.lockedUntil());
            }
            if (!Passwords.verify(password, row.passwordHash())) {
                mapper.recordFailure(row.id(), settings.maxLoginFailures(), now.plus(settings.lockout()));
                LOG.info("Desk login refused: wrong password for {}", row.username());
                return new Refused();
            }
            if (row.failedLogins() > 0 || row.lockedUntil() != null) {
                mapper.resetFailures(row.id());
            }
            LOG.info("Desk login: {} ({}, {})", row.username(), row.role(), row.station());
            return new LoggedIn(row);
        }
    }

    /**
     * Creates an account after validating every field.
     *
     * @throws ApiException 400 with field errors in Bahasa Indonesia (username taken included)
     */
    public OperatorRow create(String username, String roleText, String station, String password) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            errors.put("username", "Nama pengguna 3-64 karakter: huruf kecil, angka, titik, garis bawah atau strip.");
        }
        Optional<Role> role = Role.parse(roleText);
        if (role.isEmpty()) {
            errors.put("role", "Peran harus OPERATOR atau ADMIN.");
        }
        String stationName = station == null ? "" : station.trim();
        if (stationName.isEmpty() || stationName.length() > 100) {
            errors.put("station", "Nama stasiun radio wajib diisi (maksimal 100 karakter).");
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
