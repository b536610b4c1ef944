package id.wadul.routes.desk;

import id.wadul.sql.desk.OperatorMapper;
import id.wadul.sql.desk.OperatorRow;
import id.wadul.sql.desk.SessionMapper;
import id.wadul.sql.desk.SessionRow;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * Server-side login sessions kept in MariaDB, so that a restart during the show does not log operators out.
 * The cookie carries a random token; the table keeps only its SHA-256. Each session has its own CSRF token.
 * A session ends when idle longer than {@link DeskSettings#sessionIdle()} or older than
 * {@link DeskSettings#sessionMax()}.
 */
public final class Sessions {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SqlSessionFactory sql;
    private final DeskSettings settings;
    private final Clock clock;
    private final Duration touchEvery;

    public Sessions(SqlSessionFactory sql, DeskSettings settings, Clock clock) {
        this.sql = sql;
        this.settings = settings;
        this.clock = clock;
        Duration tenth = settings.sessionIdle().dividedBy(10);
        this.touchEvery = tenth.compareTo(Duration.ofSeconds(30)) < 0 ? tenth : Duration.ofSeconds(30);
    }

    /** A new session: the cookie token (given to the browser only) and the user it resolves to. */
    public record Opened(String token, DeskUser user) {
    }

    public Opened open(OperatorRow operator) {
        String token = randomToken();
        String csrf = randomToken();
        Instant now = clock.instant();
        try (SqlSession s = sql.openSession(true)) {
            SessionMapper mapper = s.getMapper(SessionMapper.class);
            mapper.deleteExpired(now.minus(settings.sessionIdle()), now.minus(settings.sessionMax()));
            mapper.insert(new SessionRow(hash(token), operator.id(), csrf, now, now));
        }
        return new Opened(token, toUser(operator, csrf, hash(token)));
    }

    /** The user of a live session, or empty when the token is unknown, expired or its account deactivated. */
    public Optional<DeskUser> resolve(String token) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        String tokenHash = hash(token);
        Instant now = clock.instant();
        try (SqlSession s = sql.openSession(true)) {
            SessionMapper mapper = s.getMapper(SessionMapper.class);
            SessionRow row = mapper.find(tokenHash);
            if (row == null) {
                return Optional.empty();
            }
            if (row.lastSeenAt().plus(settings.sessionIdle()).isBefore(now)
                    || row.createdAt().plus(settings.sessionMax()).isBefore(now)) {
                mapper.delete(tokenHash);
                return Optional.empty();
            }
            OperatorRow operator = s.getMapper(OperatorMapper.class).findById(row.operatorId());
            if (operator == null || !operator.active()) {
                mapper.delete(tokenHash);
                return Optional.empty();
            }
            if (Duration.between(row.lastSeenAt(), now).compareTo(touchEvery) >= 0) {
                mapper.touch(tokenHash, now);
            }
            return Optional.of(toUser(operator, row.csrfToken(), tokenHash));
        }
    }

    public void close(DeskUser user) {
        try (SqlSession s = sql.openSession(true)) {
            s.getMapper(SessionMapper.class).delete(user.tokenHash());
        }
    }

    /** Ends every session of an account (deactivation, password reset, an admin's "end sessions"). */
    public int endAll(long operatorId) {
        try (SqlSession s = sql.openSession(true)) {
            return s.getMapper(SessionMapper.class).deleteByOperator(operatorId);
        }
    }

    /** Constant-time comparison of the CSRF token the page sent with the session's. */
    public static boolean csrfMatches(DeskUser user, String sent) {
        if (sent == null) {
            return false;
        }
        return MessageDigest.isEqual(user.csrfToken().getBytes(StandardCharsets.US_ASCII),
                sent.getBytes(StandardCharsets.US_ASCII));
    }

    private static DeskUser toUser(OperatorRow operator, String csrf, String tokenHash) {
        return new DeskUser(operator.id(), operator.username(), Role.valueOf(operator.role()), operator.station(), csrf,
                tokenHash);
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
