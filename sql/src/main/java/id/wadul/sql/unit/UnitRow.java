package id.wadul.sql.unit;

/**
 * A unit (OPD, Polsek, triage desk) as synced from {@code conf/routing.yaml}.
 *
 * @param seesCitizenNumber {@code never}, {@code urgent} or {@code always}
 */
public record UnitRow(String code, String name, String seesCitizenNumber, boolean active) {
}
