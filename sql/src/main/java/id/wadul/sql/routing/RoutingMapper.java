package id.wadul.sql.routing;

import java.util.List;
import org.apache.ibatis.annotations.Param;

/** The routing table: rules, defaults and the triage unit ({@code routing_setting} 'triage'). */
public interface RoutingMapper {

    List<RuleRow> rules();

    List<DefaultRow> defaults();

    /** The triage unit's code, or null when the tables were never filled. */
    String triage();

    int deleteRules();

    int deleteDefaults();

    int insertRule(RuleRow rule);

    int insertDefault(DefaultRow row);

    int setTriage(@Param("unitCode") String unitCode);

    /** The last {@code limit} complaints, newest first. */
    List<RecentComplaint> recentComplaints(@Param("limit") int limit);
}
