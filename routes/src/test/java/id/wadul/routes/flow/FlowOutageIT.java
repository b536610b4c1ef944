package id.wadul.routes.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.wadul.routes.health.SwitchableDataSource;
import id.wadul.sql.outbox.OutboxRow;
import java.util.List;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The flow's beans while the database is unreachable, then back: nothing they hold is stuck afterwards (messages
 * are not given up, the link's answers are not lost), without a restart.
 */
class FlowOutageIT {

    private final FlowFixture f = new FlowFixture();
    private final SwitchableDataSource dataSource = new SwitchableDataSource(f.db.dataSource());
    private final SqlSessionFactory sessions = SwitchableDataSource.sessionFactory(dataSource);

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void messagesThatFailedOnlyBecauseTheDatabaseWasDownAreHandledOnceItIsBack() {
        // given two stored messages and a handler whose database goes away
        FlowTransactions handler = new FlowTransactions(sessions, new Inbox(sessions),
                batch -> f.camel.request(id.wadul.routes.camel.ComplaintRoutes.STEPS, batch), f.dispatcher, f.clock);
        long a = f.receive("6281111111111", "jln rusak parah di kec padangan");
        long b = f.receive("6282222222222", "lampu jalan mati di dander sdh seminggu");
        dataSource.down = true;

        // when they fail, more often than a broken message may
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> handler.handle(a)).isInstanceOf(RuntimeException.class);
        }
        assertThat(handler.handleAll(List.of(a, b))).isZero();

        // then, the database back, the sweep still finds them and they are handled
        dataSource.down = false;
        assertThat(handler.pending(10)).containsExactly(a, b);
        assertThat(handler.handleAll(handler.pending(10))).isEqualTo(2);
        assertThat(f.state(a)).isEqualTo("HANDLED");
        assertThat(f.state(b)).isEqualTo("HANDLED");
    }

    @Test
    void theLinksAnswersAreRecordedAfterAnOutageThatCameBetweenSendAndRecord() {
        // given three SMS handed to the link, which answered
        f.tickets.open(TicketServiceIT.sms("6281234567890", "jln rusak parah di kec padangan"));
        OutboxDispatcherIT.Link link = new OutboxDispatcherIT.Link();
        OutboxDispatcher dispatcher = new OutboxDispatcher(sessions, link, f.settings, f.clock);
        assertThat(dispatcher.dispatchDue()).isEqualTo(3);

        // when the run that would record the answers finds no database
        dataSource.down = true;
        assertThatThrownBy(dispatcher::dispatchDue).isInstanceOf(RuntimeException.class);

        // then the first run after it records them: SENT, nothing left in flight, nothing sent twice
        dataSource.down = false;
        assertThat(dispatcher.dispatchDue()).isZero();
        assertThat(f.outbox()).extracting(OutboxRow::state).containsOnly("SENT");
        assertThat(dispatcher.inFlight()).isZero();
        assertThat(link.sent).hasSize(3);
    }
}
