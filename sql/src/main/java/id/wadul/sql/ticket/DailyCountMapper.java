package id.wadul.sql.ticket;

import id.wadul.sql.JsonRows;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** Messages per number per day, for the daily limit. */
public interface DailyCountMapper {

    int increment(@Param("number") String number, @Param("day") LocalDate day);

    Integer count(@Param("number") String number, @Param("day") LocalDate day);

    /** Adds each number's messages to its count of the day, in one statement. Not empty. */
    default int incrementAll(List<NumberCount> counts, LocalDate day) {
        return incrementRows(JsonRows.of(counts), day);
    }

    int incrementRows(@Param("counts") String counts, @Param("day") LocalDate day);

    /** The day's counts of the numbers that have one. Not empty. */
    default List<NumberCount> counts(Collection<String> numbers, LocalDate day) {
        return countRows(JsonRows.of(numbers), day);
    }

    List<NumberCount> countRows(@Param("numbers") String numbers, @Param("day") LocalDate day);
}
