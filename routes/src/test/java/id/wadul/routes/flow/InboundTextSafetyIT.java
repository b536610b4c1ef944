package id.wadul.routes.flow;

import static org.assertj.core.api.Assertions.assertThat;

import id.wadul.routes.text.SafeText;
import id.wadul.sql.outbox.OutboxRow;
import id.wadul.sql.ticket.TicketEventRow;
import id.wadul.sql.ticket.TicketRow;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** NUL, BEL and direction overrides in an inbound SMS never reach a ticket, an officer's note or an SMS out. */
class InboundTextSafetyIT {

    private static final String CITIZEN = "6281234567890";
    private static final String PUPR_1 = "6280000003101";

    private final FlowFixture f = new FlowFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void controlAndBidiCharactersAreRemovedWhereTheSmsEntersTheFlow() {
        long id = f.handle(CITIZEN, "jln rusak\u0000 parah\u0007 di kec padangan \u202Etlg\u202C diperbaiki\u2066");
        List<TicketRow> tickets = f.ticketsOfMessage(id);
        assertThat(tickets).hasSize(1);
        TicketRow t = tickets.get(0);
        assertThat(t.text()).isEqualTo("jln rusak parah di kec padangan tlg diperbaiki");

        f.handle(PUPR_1, "PROSES " + t.number() + " tim\u0007 sdh \u202Emeluncur\u0000");
        assertThat(f.events(t.id())).filteredOn(e -> e.kind().equals("PROSES")).extracting(TicketEventRow::detail)
                .containsExactly("tim sdh meluncur");

        List<OutboxRow> sms = f.outbox();
        assertThat(sms).isNotEmpty();
        assertThat(sms).allSatisfy(r -> assertThat(SafeText.hasForbidden(r.text(), false)).as(r.text()).isFalse());
        assertThat(sms).anySatisfy(r -> assertThat(r.text()).contains("rusak parah"));
    }
}
