package id.wadul.routes.camel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.ExchangeBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

class IdBatchesTest {

    private final CamelContext context = new DefaultCamelContext();
    private final IdBatches strategy = new IdBatches();

    @Test
    void aCommitsListsAndSingleIdsBecomeOneListInTheOrderTheyCame() {
        Exchange batch = strategy.aggregate(null, exchange(List.of(1L, 2L)));
        batch = strategy.aggregate(batch, exchange(3L));
        batch = strategy.aggregate(batch, exchange(List.of(4L, 5L)));
        batch = strategy.aggregate(batch, exchange(null));

        assertThat(batch.getIn().getBody(List.class)).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(IdBatches.size(batch)).isEqualTo(5);
    }

    @Test
    void theFirstExchangesListIsCopiedNotChanged() {
        List<Long> commit = List.of(1L);

        Exchange batch = strategy.aggregate(null, exchange(commit));
        strategy.aggregate(batch, exchange(2L));

        assertThat(commit).containsExactly(1L);
        assertThat(IdBatches.size(batch)).isEqualTo(2);
    }

    private Exchange exchange(Object body) {
        return ExchangeBuilder.anExchange(context).withBody(body).build();
    }
}
