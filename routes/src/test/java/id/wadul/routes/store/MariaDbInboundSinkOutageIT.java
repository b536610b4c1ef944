package id.wadul.routes.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import id.wadul.gateway.InboundSms;
import id.wadul.routes.health.DatabaseAvailability;
import id.wadul.routes.health.SwitchableDataSource;
import id.wadul.sql.Database;
import id.wadul.sql.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The inbound store while its database is unreachable, and after: fails fast, never OK, stores again by
 * itself; and a writer thread that survives what would have ended it.
 */
class MariaDbInboundSinkOutageIT {

    private final Database database = TestDatabase.shared();
    private final SwitchableDataSource dataSource = new SwitchableDataSource(database.dataSource())
            .poolWait(Duration.ofSeconds(3));
    private final AtomicBoolean thrown = new AtomicBoolean();
    /** Its after-commit hook throws an Error once, for the test that asks for it. */
    private volatile boolean throwOnce;
    private final MariaDbInboundSink sink = new MariaDbInboundSink(SwitchableDataSource.sessionFactory(dataSource),
            Duration.ofMinutes(10), MariaDbInboundSink.DEFAULT_LINK_TIMEOUT, 1000, 64, 1, new DatabaseAvailability(
                    dataSource, Duration.ofMillis(500)), ids -> {
                        if (throwOnce && thrown.compareAndSet(false, true)) {
                            throw new AssertionError("listener broke");
                        }
                    });

    @AfterEach
    void close() {
        sink.close();
    }

    @Test
    void answersAtOnceWhileTheDatabaseIsDownAndStoresAgainWhenItIsBack() throws Exception {
        // given a database that went away
        dataSource.down = true;

        // when a message comes: its batch fails with the connection error (the gateway answers ESME_RSYSERR)
        CompletableFuture<String> first = sink.accept(sms("outage-1"));
        assertThatThrownBy(() -> first.get(60, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);

        // then the next one fails before accept() returns: nobody waits for the pool's timeout again
        CompletableFuture<String> second = sink.accept(sms("outage-2"));
        assertThat(second).isCompletedExceptionally();
        assertThatThrownBy(second::join).hasCauseInstanceOf(DatabaseUnavailableException.class);
        assertThat(sink.availability().isDown()).isTrue();

        // when the database is back, the sink's probe finds it and messages are stored again, without a restart
        dataSource.up();
        await().atMost(Duration.ofSeconds(30)).until(() -> !sink.availability().isDown());
        String id = sink.accept(sms("outage-3")).get(30, TimeUnit.SECONDS);
        assertThat(Long.parseLong(id)).isPositive();
    }

    @Test
    void aWriterOutlivesAnErrorInItsBatch() throws Exception {
        // given a writer whose after-commit listener throws an Error once (any Error would do: an OOM, a bug)
        throwOnce = true;
        assertThat(sink.accept(sms("error-1")).get(30, TimeUnit.SECONDS)).isNotBlank();
        await().atMost(Duration.ofSeconds(30)).untilTrue(thrown);

        // then the same (only) writer still stores what comes next
        assertThat(sink.accept(sms("error-2")).get(30, TimeUnit.SECONDS)).isNotBlank();
    }

    private static InboundSms sms(String key) {
        return new InboundSms("kannel", "6281234567890", "1708", "jalan rusak " + key, 0, 1, false, List.of(),
                key + ":" + System.nanoTime(), Instant.now());
    }
}
