package id.wadul.routes.flow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class LogContextTest {

    @AfterEach
    void clear() {
        MDC.clear();
    }

    @Test
    void theWorkSeesTheMessageAndTicketAndWhatWasThereBeforeIsPutBack() {
        MDC.put("msgId", "1");

        String seen = LogContext.withTicket(7L, "ABC123", () -> MDC.get("msgId") + "/" + MDC.get("ticket"));

        assertThat(seen).isEqualTo("7/ABC123");
        assertThat(MDC.get("msgId")).isEqualTo("1");
        assertThat(MDC.get("ticket")).isNull();
    }

    @Test
    void withoutAMessageIdTheCallersStays() {
        MDC.put("msgId", "1");

        String seen = LogContext.withTicket(null, "ABC123", () -> MDC.get("msgId"));

        assertThat(seen).isEqualTo("1");
    }
}
