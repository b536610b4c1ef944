package id.wadul.sql.ticket;

/** What makes a complaint a repeat of an earlier ticket: the same citizen number and text hash. */
public record RepeatKey(String citizenNumber, String textHash) {
}
