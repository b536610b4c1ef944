package id.wadul.routes.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.wadul.sql.ticket.TicketMapper;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class FreeTicketNumbersTest {

    private final List<Collection<String>> asked = new ArrayList<>();

    /** A mapper whose only answer is which candidates are taken. */
    private TicketMapper taken(Function<Collection<String>, List<String>> which) {
        return (TicketMapper) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {TicketMapper.class},
                (proxy, method, args) -> {
                    if (!method.getName().equals("takenNumbers")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    @SuppressWarnings("unchecked")
                    Collection<String> candidates = List.copyOf((Collection<String>) args[0]);
                    asked.add(candidates);
                    return which.apply(candidates);
                });
    }

    @Test
    void distinctNumbersAreCheckedWithOneQuery() {
        List<String> numbers = new FreeTicketNumbers(new Random(1)).take(taken(c -> List.of()), 50);

        assertThat(numbers).hasSize(50).doesNotHaveDuplicates();
        assertThat(asked).hasSize(1);
    }

    @Test
    void takenNumbersAreReplacedByNewOnes() {
        List<String> numbers = new FreeTicketNumbers(new Random(1)).take(
                taken(c -> asked.size() == 1 ? List.copyOf(c).subList(0, 2) : List.of()), 5);

        assertThat(numbers).hasSize(5).doesNotContainAnyElementsOf(asked.get(0).stream().limit(2).toList());
        assertThat(asked).hasSize(2);
        assertThat(asked.get(1)).hasSize(2);
    }

    @Test
    void whenEveryTryFindsThemTakenItGivesUp() {
        assertThatThrownBy(() -> new FreeTicketNumbers(new Random(1)).take(taken(List::copyOf), 3))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no free ticket number");
        assertThat(asked).hasSize(FreeTicketNumbers.TRIES);
    }
}
