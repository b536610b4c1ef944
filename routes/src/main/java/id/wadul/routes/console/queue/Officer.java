package id.wadul.routes.console.queue;

import id.wadul.routes.desk.DeskUser;

/**
 * An OFFICER account as the unit queue knows it: the person it stands for, by the number the flow knows the
 * officer by (their units are the live routing table's for that number, as for their SMS).
 */
record Officer(DeskUser user, String number, String name) {
}
