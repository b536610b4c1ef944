package id.wadul.routes.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class StartupFailureTest {

    @Test
    void theUserFacingFailureIsFoundAnywhereInTheCauseChain() {
        StartupFailure inUse = new StartupFailure("another wadul is running on ./data (pid 42)");
        Exception wrapped = new IllegalStateException("start failed", new CompletionException(inUse));

        assertThat(StartupFailure.find(wrapped)).isSameAs(inUse);
        assertThat(StartupFailure.find(new IllegalStateException("bug"))).isNull();
    }
}
