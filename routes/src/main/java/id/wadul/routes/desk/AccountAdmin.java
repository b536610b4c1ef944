package id.wadul.routes.desk;

import id.wadul.routes.console.audit.AuditLog;
import id.wadul.sql.desk.OperatorMapper;
import id.wadul.sql.desk.OperatorRow;
import id.wadul.sql.unit.PersonMapper;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * What an admin does to accounts: create, deactivate and reactivate, reset a password, unlock (forget the failed
 * logins), end sessions. A station's admin reaches only their station's OPERATOR and ADMIN accounts (any other
 * answers as if it did not exist); a SYSADMIN reaches every account of every role, and links an OFFICER account
 * to the person it stands for. Every action is audited ({@link AuditLog}): who, what, before and after.
 */
final class AccountAdmin {

    static final String NOT_FOUND = "Akun tidak ditemukan di stasiun Anda.";

    private final SqlSessionFactory sql;
    private final Accounts accounts;
    private final Sessions sessions;
    private final LoginThrottle throttle;
    private final AuditLog audit;

    AccountAdmin(SqlSessionFactory sql, Accounts accounts, Sessions sessions, LoginThrottle throttle, AuditLog audit) {
        this.sql = sql;
        this.accounts = accounts;
        this.sessions = sessions;
        this.throttle = throttle;
        this.audit = audit;
    }

    List<OperatorRow> list(DeskUser admin) {
        return admin.role() == Role.SYSADMIN ? accounts.list() : accounts.listStation(admin.station());
    }

    /**
     * @param station null (the admin's station) or exactly the admin's station; a SYSADMIN names it for a station's
     *                account and leaves it out for the office's
     * @param person  the person an OFFICER account stands for (SYSADMIN only), else null
     */
    OperatorRow create(DeskUser admin, String username, String role, String station, String password, Long person) {
        OperatorRow row;
        if (admin.role() == Role.SYSADMIN) {
            boolean officer = Role.parse(role).filter(r -> r == Role.OFFICER).isPresent();
            if (officer != (person != null)) {
                throw ApiException.invalid("person", officer ? "Akun petugas (OFFICER) harus dikaitkan dengan orang."
                        : "Hanya akun petugas (OFFICER) yang dikaitkan dengan orang.");
            }
            if (officer && personRow(person) == null) {
                throw ApiException.invalid("person", "Orang tidak ditemukan.");
            }
            row = accounts.create(username, role, station, password, EnumSet.allOf(Role.class));
            if (officer) {
                try (SqlSession s = sql.openSession(true)) {
                    s.getMapper(PersonMapper.class).linkAccount(row.id(), person);
                }
            }
        } else {
            if (station != null && !station.strip().equals(admin.station())) {
                throw ApiException.invalid("station", "Admin hanya dapat membuat akun untuk stasiunnya sendiri ("
                        + admin.station() + ").");
            }
            row = accounts.create(username, role, admin.station(), password);
        }
        Map<String, Object> after = view(row);
        if (person != null) {
            after.put("person", person);
        }
        audit.record(admin.username(), admin.role().name(), "account.create", row.username(), null, after);
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
        OperatorRow after = reload(target);
        Map<String, Object> view = view(after);
        view.put("sessionsEnded", ended);
        audit.record(admin.username(), admin.role().name(), active ? "account.activate" : "account.deactivate",
                target.username(), view(target), view);
        return after;
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
        audit.record(admin.username(), admin.role().name(), "account.password", target.username(), null,
                Map.of("generated", password == null, "sessionsEnded", ended));
        return chosen;
    }

    void unlock(DeskUser admin, String username) {
        OperatorRow target = target(admin, username);
        throttle.forget(target.username());
        try (SqlSession s = sql.openSession(true)) {
            s.getMapper(OperatorMapper.class).resetFailures(target.id());
        }
        audit.record(admin.username(), admin.role().name(), "account.unlock", target.username(),
                Map.of("failedLogins", target.failedLogins()), Map.of("failedLogins", 0));
    }

    int endSessions(DeskUser admin, String username) {
        OperatorRow target = target(admin, username);
        int ended = sessions.endAll(target.id());
        audit.record(admin.username(), admin.role().name(), "account.end-sessions", target.username(), null,
                Map.of("sessionsEnded", ended));
        return ended;
    }

    /** The account an admin may act on: a SYSADMIN any, a station's admin their station's OPERATOR and ADMIN. */
    private OperatorRow target(DeskUser admin, String username) {
        return accounts.find(username).filter(row -> admin.role() == Role.SYSADMIN
                || (row.station().equals(admin.station()) && Role.parse(row.role()).map(Role::atCallDesk)
                        .orElse(false)))
                .orElseThrow(() -> new ApiException(404, NOT_FOUND));
    }

    private Object personRow(long id) {
        try (SqlSession s = sql.openSession(true)) {
            return s.getMapper(PersonMapper.class).findById(id);
        }
    }

    private OperatorRow reload(OperatorRow row) {
        return accounts.find(row.username()).orElse(row);
    }

    /** An account as the audit and the API show it: never its password hash. */
    static Map<String, Object> view(OperatorRow row) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("username", row.username());
        view.put("role", row.role());
        view.put("station", row.station());
        view.put("active", row.active());
        view.put("createdAt", row.createdAt() == null ? null : row.createdAt().toString());
        return view;
    }
}
