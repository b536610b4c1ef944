package id.wadul.sql.ticket;

import java.time.LocalDate;
import org.apache.ibatis.annotations.Param;

/** Messages per number per day, for the daily limit. */
public interface DailyCountMapper {

    int increment(@Param("number") String number, @Param("day") LocalDate day);

    Integer count(@Param("number") String number, @Param("day") LocalDate day);
}
