package id.wadul.routes.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.wadul.routes.camel.IntakeRoutes;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlowWiringTest {

    @Test
    void theStoreHookOffersACopyOfTheCommittedIdsToTheIntake() {
        List<Object[]> sent = new ArrayList<>();
        List<Long> ids = new ArrayList<>(List.of(7L, 8L));

        FlowWiring.storeHook((uri, body) -> sent.add(new Object[] {uri, body})).accept(ids);
        ids.clear();

        assertThat(sent).hasSize(1);
        assertThat(sent.get(0)[0]).isEqualTo(IntakeRoutes.INBOUND_OFFER);
        assertThat(sent.get(0)[1]).isEqualTo(List.of(7L, 8L));
    }

    @Test
    void aFullIntakeQueueDoesNotReachTheStore() {
        // the messages stay RECEIVED for the sweep; the store's writer thread goes on
        FlowWiring.storeHook((uri, body) -> {
            throw new IllegalStateException("Queue full");
        }).accept(List.of(1L));
    }
}
