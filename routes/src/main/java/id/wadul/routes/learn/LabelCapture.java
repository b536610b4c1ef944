package id.wadul.routes.learn;

import id.wadul.routes.understand.Responsibilities;
import id.wadul.routes.understand.Unit;
import id.wadul.sql.ticket.TicketRow;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.ibatis.session.SqlSession;

/**
 * Turns officers' commands into labels, in the command's transaction:
 * <ul>
 *   <li>{@code ALIH} to a unit that routing.yaml gives exactly one category: the ticket's text belonged to that
 *       category (a unit of several categories, or of none, says nothing certain);</li>
 *   <li>{@code SELESAI} by a unit routing.yaml routes the ticket's category to (in its kecamatan): the category was
 *       right. A unit the ticket reached by ALIH is not such a unit unless it handles the category too.</li>
 * </ul>
 */
public final class LabelCapture {

    private final Responsibilities responsibilities;

    public LabelCapture(Responsibilities responsibilities) {
        this.responsibilities = responsibilities;
    }

    /**
     * After an officer of {@code unit} acted on the ticket.
     *
     * @param verb   PROSES, SELESAI, TOLAK or ALIH
     * @param target the ALIH's new unit, else null
     */
    public void officerAction(SqlSession session, TicketRow ticket, Unit unit, String verb, Unit target,
            Instant now) {
        if (verb.equals("ALIH") && target != null) {
            List<String> categories = categoriesOf(target);
            if (categories.size() == 1) {
                Labels.add(session, ticket.text(), categories.get(0), Labels.Source.ALIH, ticket.id(), now);
            }
        } else if (verb.equals("SELESAI") && ticket.category() != null
                && responsibilities.unitsFor(ticket.category(), ticket.kecamatanCode()).contains(unit)) {
            Labels.add(session, ticket.text(), ticket.category(), Labels.Source.SELESAI, ticket.id(), now);
        }
    }

    /** The categories routing.yaml (routes and defaults) sends to the unit. */
    List<String> categoriesOf(Unit unit) {
        Set<String> out = new TreeSet<>();
        responsibilities.entries().stream().filter(r -> r.units().contains(unit)).forEach(r -> out.add(r.category()));
        responsibilities.defaultCategories().stream()
                .filter(c -> responsibilities.unitsFor(c, null).contains(unit)).forEach(out::add);
        return List.copyOf(out);
    }
}
