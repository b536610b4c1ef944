package id.wadul.routes.desk;

/** The operator behind a valid session, resolved once per request. */
public record DeskUser(long id, String username, Role role, String station, String csrfToken, String tokenHash) {

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    @Override
    public String toString() {
        return "DeskUser[" + username + ", " + role + ", " + station + "]";
    }
}
