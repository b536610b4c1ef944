package id.wadul.sql.unit;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** People, their memberships of units, and the person an OFFICER account stands for. */
public interface PersonMapper {

    /** Inserts a person; a number already taken fails with the unique key {@code uq_person_number}. */
    int insert(@Param("name") String name, @Param("number") String number, @Param("active") boolean active,
            @Param("now") Instant now);

    long lastInsertId();

    int update(@Param("id") long id, @Param("name") String name, @Param("number") String number,
            @Param("active") boolean active, @Param("now") Instant now);

    PersonRow findById(@Param("id") long id);

    PersonRow findByNumber(@Param("number") String number);

    /** Every person, by name. */
    List<PersonRow> all();

    /** Every membership. */
    List<MemberRow> members();

    List<String> unitsOf(@Param("personId") long personId);

    int addMember(@Param("unitCode") String unitCode, @Param("personId") long personId);

    int removeMembers(@Param("personId") long personId);

    int countPeople();

    /** Links an account to the person it stands for (replacing an earlier link). */
    int linkAccount(@Param("operatorId") long operatorId, @Param("personId") long personId);

    /** The person an account stands for, or null. */
    Long personOfAccount(@Param("operatorId") long operatorId);
}
