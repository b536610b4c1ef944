package id.wadul.sql.place;

import java.util.List;
import org.apache.ibatis.annotations.Param;

/** The place names the office taught (table {@code place_name}). */
public interface PlaceNameMapper {

    /** Adds the name for the desa; returns 1, or 0 when that name is already known for that desa. */
    int insert(PlaceNameRow row);

    long lastInsertId();

    PlaceNameRow find(@Param("id") long id);

    /** Every name, oldest first. */
    List<PlaceNameRow> all();

    /** Removes a name; returns 1, or 0 when there was none with that id. */
    int delete(@Param("id") long id);
}
