package id.wadul.routes.desk;

import java.util.Locale;
import java.util.Optional;

/**
 * What an account of the web server (call-in desk and office console) may do.
 *
 * <ul>
 *   <li>{@link #OPERATOR}: a radio station's operator; logs calls for their station;</li>
 *   <li>{@link #ADMIN}: a radio station's admin; an operator who also manages that station's accounts;</li>
 *   <li>{@link #SUPERVISOR}: Kominfo's triage and supervision staff; the triage queue and every ticket;</li>
 *   <li>{@link #OFFICER}: an officer of one or more units (OPD, police); their units' tickets;</li>
 *   <li>{@link #SYSADMIN}: Kominfo's admins who run the system; accounts, units, people, routing, audit.</li>
 * </ul>
 */
public enum Role {
    OPERATOR, ADMIN, SUPERVISOR, OFFICER, SYSADMIN;

    public static Optional<Role> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether the role works at a radio station's call-in desk (logs calls for its station). */
    public boolean atCallDesk() {
        return this == OPERATOR || this == ADMIN;
    }
}
