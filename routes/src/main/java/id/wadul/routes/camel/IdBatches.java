package id.wadul.routes.camel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.camel.AggregationStrategy;
import org.apache.camel.Exchange;

/**
 * Gathers the ids of the exchanges the intake aggregates (a commit's list of ids, or one id) into one list:
 * the batch handed to the flow.
 */
final class IdBatches implements AggregationStrategy {

    @Override
    public Exchange aggregate(Exchange batch, Exchange next) {
        if (batch == null) {
            next.getIn().setBody(addIds(new ArrayList<>(), next.getIn().getBody()));
            return next;
        }
        addIds(batch.getIn().getBody(List.class), next.getIn().getBody());
        return batch;
    }

    /** How many ids the batch holds. */
    static int size(Exchange batch) {
        return batch.getIn().getBody(List.class).size();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> addIds(List<?> ids, Object body) {
        List<Object> all = (List<Object>) ids;
        if (body instanceof Collection<?> many) {
            all.addAll(many);
        } else if (body != null) {
            all.add(body);
        }
        return all;
    }
}
