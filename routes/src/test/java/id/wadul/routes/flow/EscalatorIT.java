package id.wadul.routes.flow;

import static org.assertj.core.api.Assertions.assertThat;

import id.wadul.sql.outbox.OutboxRow;
import id.wadul.sql.ticket.TicketEventRow;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EscalatorIT {

    private static final String PUPR_1 = "6280000003101";
    private static final String KOMINFO_1 = "6280000000101";

    private final FlowFixture f = new FlowFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void anOverdueTicketRemindsItsUnitAndKominfoOncePerRepeatInterval() {
        // given a road complaint (72 h) and an accident handled in time
        OpenedTicket road = f.tickets.open(TicketServiceIT.sms("6281234567890", "jln rusak parah di kec padangan"));
        Escalator escalator = new Escalator(f.db.sqlSessionFactory(), f.messages, f.responsibilities, f.settings, f.clock);
        assertThat(escalator.escalateOverdue()).isZero();

        // when the due time has passed
        f.clock.advance(Duration.ofHours(73));
        assertThat(escalator.escalateOverdue()).isEqualTo(1);

        // then PUPR's officers and the triage desk get one reminder each, recorded as one event with its rule
        assertThat(f.outboxTo(PUPR_1)).extracting(OutboxRow::text).last().asString()
                .contains("PENGINGAT", road.number());
        assertThat(f.outboxTo(KOMINFO_1)).hasSize(1);
        TicketEventRow event = f.events(road.ticketId()).stream().filter(e -> e.kind().equals("ESCALATED"))
                .findFirst().orElseThrow();
        assertThat(event.rule()).contains("SLA");

        // and not again before the repeat interval, then again once it passed
        f.clock.advance(Duration.ofHours(1));
        assertThat(escalator.escalateOverdue()).isZero();
        f.clock.advance(Duration.ofHours(24));
        assertThat(escalator.escalateOverdue()).isEqualTo(1);
        assertThat(f.outboxTo(KOMINFO_1)).hasSize(2);

        // a closed ticket is not escalated
        f.handle(PUPR_1, "SELESAI " + road.number() + " sudah ditambal");
        f.clock.advance(Duration.ofDays(3));
        assertThat(escalator.escalateOverdue()).isZero();
    }
}
