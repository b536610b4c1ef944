package id.wadul.routes.flow;

import id.wadul.routes.understand.TicketNumbers;
import id.wadul.sql.ticket.TicketMapper;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/** Allocates new ticket numbers: random, distinct, and not taken yet, checked with one query per try. */
final class FreeTicketNumbers {

    static final int TRIES = 8;

    private final RandomGenerator random;

    FreeTicketNumbers(RandomGenerator random) {
        this.random = random;
    }

    /** {@code count} free ticket numbers, distinct, checked against the table with one query per try. */
    List<String> take(TicketMapper tickets, int count) {
        Set<String> chosen = new LinkedHashSet<>();
        for (int i = 0; i < TRIES && chosen.size() < count; i++) {
            Set<String> candidates = new LinkedHashSet<>();
            while (candidates.size() < count - chosen.size()) {
                String candidate = TicketNumbers.generate(random);
                if (!chosen.contains(candidate)) {
                    candidates.add(candidate);
                }
            }
            candidates.removeAll(tickets.takenNumbers(candidates));
            chosen.addAll(candidates);
        }
        if (chosen.size() < count) {
            throw new IllegalStateException("no free ticket number after " + TRIES + " tries");
        }
        return List.copyOf(chosen);
    }
}
