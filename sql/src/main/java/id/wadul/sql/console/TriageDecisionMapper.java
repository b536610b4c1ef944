package id.wadul.sql.console;

import java.util.List;
import org.apache.ibatis.annotations.Param;

/** The triage queue's decisions: the labels for learned routing. */
public interface TriageDecisionMapper {

    int insert(TriageDecisionRow row);

    List<TriageDecisionRow> forTicket(@Param("ticketId") long ticketId);
}
