package id.wadul.routes.understand;

import java.util.List;

/**
 * A unit complaints are routed to (a Polsek, a dinas, the triage desk) and its officers.
 *
 * @param code              short code used in routing.yaml and in "ALIH <ticket> <code>", e.g. {@code dpupr}
 * @param seesCitizenNumber when the unit's officers see the citizen's number instead of a masked one
 */
public record Unit(String code, String name, List<Officer> officers, Visibility seesCitizenNumber) {

    public Unit {
        officers = List.copyOf(officers);
    }

    /** Whether this unit may see the citizen's number on a ticket of this urgency (anonymous tickets: never). */
    public boolean seesNumber(boolean urgent, boolean anonymous) {
        return !anonymous && switch (seesCitizenNumber) {
            case NEVER -> false;
            case URGENT -> urgent;
            case ALWAYS -> true;
        };
    }

    public enum Visibility { NEVER, URGENT, ALWAYS }
}
