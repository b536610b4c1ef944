package id.wadul.routes.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TicketNumbersTest {

    @Test
    void alphabetHasNoLookAlikes() {
        for (char c : "0O1IL2Z5S8B".toCharArray()) {
            assertThat(TicketNumbers.ALPHABET).doesNotContain(String.valueOf(c));
        }
        assertThat(TicketNumbers.ALPHABET.chars().distinct().count()).isEqualTo(TicketNumbers.ALPHABET.length());
    }

    @Test
    void generatedNumbersUseTheAlphabetAndRoundTrip() {
        SplittableRandom random = new SplittableRandom(42);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String number = TicketNumbers.generate(random);
            assertThat(number).hasSize(6);
            assertThat(number.chars()).allMatch(c -> TicketNumbers.ALPHABET.indexOf(c) >= 0);
            assertThat(TicketNumbers.parse(number)).contains(number);
            seen.add(number);
        }
        assertThat(seen).hasSizeGreaterThan(9_990); // 25^6 numbers: collisions are rare
    }

    @ParameterizedTest
    @ValueSource(strings = {"K7M4PX", "k7m4px", "K7M-4PX", "k7m 4px", " K7M.4PX ", "k-7-m-4-p-x", "K7M_4PX"})
    void parsesWhatPeopleType(String typed) {
        assertThat(TicketNumbers.parse(typed)).contains("K7M4PX");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "K7M4P", "K7M4PXX", "K0M4PX", "KOM4PX", "K1M4PX", "KIM4PX", "KLM4PX", "K2M4PX",
        "K5M4PX", "KSM4PX", "K8M4PX", "KBM4PX", "K7M4P!", "KZM4PX"})
    void rejectsWhatIsNotATicket(String typed) {
        assertThat(TicketNumbers.parse(typed)).isEmpty();
    }

    @Test
    void rejectsNull() {
        assertThat(TicketNumbers.parse(null)).isEmpty();
    }
}
