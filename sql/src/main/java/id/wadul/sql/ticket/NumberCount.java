package id.wadul.sql.ticket;

/** How many messages a number sent on a day (or, to {@link DailyCountMapper#incrementAll}, how many more). */
public record NumberCount(String number, int messages) {
}
