package id.wadul.routes.desk;

import id.wadul.sql.desk.OperatorMapper;
import id.wadul.sql.desk.OperatorRow;
import java.util.List;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an admin does to the accounts of their own station: create, deactivate and reactivate, reset a password,
 * unlock (forget the failed logins), end sessions. An admin's reach ends at their station: an account of another
 * station answers as if it did not exist. Every action is written to the log as who did what to whom.
 */
final class AccountAdmin {

    private static final Logger LOG = LoggerFactory.getLogger(AccountAdmin.class);
    static final String NOT_FOUND = "Akun tidak ditemukan di stasiun Anda.";

    private final SqlSessionFactory sql;
    private final Accounts accounts;
    private final Sessions sessions;
    private final LoginThrottle throttle;

    AccountAdmin(SqlSessionFactory sql, Accounts accounts, Sessions sessions, LoginThrottle throttle) {
        this.sql = sql;
        this.accounts = accounts;
        this.sessions = sessions;
        this.throttle = throttle;
    }

    List<OperatorRow> list(DeskUser admin) {
        return accounts.listStation(admin.station());
    }

    /** @param station null (the admin's station) or exactly the admin's station */
    OperatorRow create(DeskUser admin, String username, String role, String station, String password) {
        if (station != null && !station.strip().equals(admin.station())) {
            throw ApiException.invalid("station", "Admin hanya dapat membuat akun untuk stasiunnya sendiri ("
                    + admin.station() + ").");
        }
        OperatorRow row = accounts.create(username, role, admin.station(), password);
        LOG.info("Desk audit: {} ({}) created {} {}", admin.username(), admin.station(), row.role(), row.username());
        return row;
    }

    OperatorRow setActive(DeskUser admin, String username, boolean active) {
        OperatorRow target = target(admin, username);
        if (!active && target.id() == admin.id()) {
            throw new ApiException(400, "Anda tidak dapat menonaktifkan akun Anda sendiri.");
        }
        try (SqlSession s = sql.openSession(true)) {
            s.getMapper(OperatorMapper.class).setActive(target.id(), active);
        }
        int ended = active ? 0 : sessions.endAll(target.id());
        LOG.info("Desk audit: {} ({}) {} {} ({} sessions ended)", admin.username(), admin.station(),
                active ? "reactivated" : "deactivated", target.username(), ended);
        return reload(target);
    }

    /** A new password (the given one, validated, or a generated one); ends the account's sessions. */
    String resetPassword(DeskUser admin, String username, String password) {
        OperatorRow target = target(admin, username);
        String chosen = password == null ? Passwords.generate() : password;
        String problem = Passwords.problem(chosen);
        if (problem != null) {
            throw ApiException.invalid("password", problem);
        }
        String hash = Passwords.hash(chosen);
        try (SqlSession s = sql.openSession(true)) {
            s.getMapper(OperatorMapper.class).updatePassword(target.id(), hash);
        }
        throttle.forget(target.username());
        int ended = sessions.endAll(target.id());
        LOG.info("Desk audit: {} ({}) reset the password of {} ({} sessions ended)", admin.username(),
                admin.station(), target.username(), ended);
        return chosen;
    }

    void unlock(DeskUser admin, String username) {
        OperatorRow target = target(admin, username);
        throttle.forget(target.username());
        try (SqlSession s = sql.openSession(true)) {
            s.getMapper(OperatorMapper.class).resetFailures(target.id());
        }
        LOG.info("Desk audit: {} ({}) unlocked {}", admin.username(), admin.station(), target.username());
    }

    int endSessions(DeskUser admin, String username) {
        OperatorRow target = target(admin, username);
        int ended = sessions.endAll(target.id());
        LOG.info("Desk audit: {} ({}) ended {} sessions of {}", admin.username(), admin.station(), ended,
                target.username());
        return ended;
    }

    private OperatorRow target(DeskUser admin, String username) {
        return accounts.find(username).filter(row -> row.station().equals(admin.station()))
                .orElseThrow(() -> new ApiException(404, NOT_FOUND));
    }

    private OperatorRow reload(OperatorRow row) {
        return accounts.find(row.username()).orElse(row);
    }
}
