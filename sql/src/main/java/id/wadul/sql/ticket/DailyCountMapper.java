package id.wadul.sql.ticket;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** Messages per number per day, for the daily limit. */
public interface DailyCountMapper {

    int increment(@Param("number") String number, @Param("day") LocalDate day);

    Integer count(@Param("number") String number, @Param("day") LocalDate day);

    /** Adds each number's messages to its count of the day, in one statement. Not empty. */
    int incrementAll(@Param("counts") List<NumberCount> counts, @Param("day") LocalDate day);

    /** The day's counts of the numbers that have one. Not empty. */
    List<NumberCount> counts(@Param("numbers") Collection<String> numbers, @Param("day") LocalDate day);
}
