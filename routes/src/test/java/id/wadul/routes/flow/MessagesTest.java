package id.wadul.routes.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void fillsPlaceholdersAndLeavesUnknownOnesVisible() {
        Messages m = Messages.of(Map.of("t", "Tiket {ticket}: {state}. {typo}"));

        assertThat(m.format("t", Map.of("ticket", "K7M4PX", "state", "selesai")))
                .isEqualTo("Tiket K7M4PX: selesai. {typo}");
    }

    @Test
    void emptyValuesLeaveNoDoubleSpaces() {
        Messages m = Messages.of(Map.of("t", "Tiket {ticket} diproses {unit}. {note} Terima kasih."));

        Map<String, Object> v = new LinkedHashMap<>();
        v.put("ticket", "K7M4PX");
        v.put("unit", "Dinas PUPR");
        v.put("note", "");
        assertThat(m.format("t", v)).isEqualTo("Tiket K7M4PX diproses Dinas PUPR. Terima kasih.");
    }

    @Test
    void valuesWithDollarAndBackslashAreTakenLiterally() {
        Messages m = Messages.of(Map.of("t", "Isi: {text}"));

        assertThat(m.format("t", Map.of("text", "harga $5 \\ naik"))).isEqualTo("Isi: harga $5 \\ naik");
    }

    @Test
    void unknownKeyFails() {
        Messages m = Messages.of(Map.of());

        assertThatThrownBy(() -> m.text("nope")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shippedCitizenTemplatesFitOneSms() {
        Messages m = Messages.load(Path.of("../conf/messages.properties"));
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("ticket", "K7M4PX");
        v.put("shortcode", "1708");
        v.put("category", "Infrastruktur");
        v.put("units", "Dinas PUPR");
        v.put("unit", "Dinas PUPR");
        v.put("target", "Polsek Padangan");
        v.put("state", "sedang diproses");
        v.put("note", "");
        v.put("limit", 30);
        for (String key : new String[] {"citizen.receipt", "citizen.receipt.triage", "citizen.repeat",
                "citizen.status", "citizen.status.unknown", "citizen.proses", "citizen.selesai", "citizen.alih",
                "citizen.help", "citizen.limit", "officer.help", "officer.ack"}) {
            assertThat(m.format(key, v)).as(key).hasSizeLessThanOrEqualTo(160).doesNotContain("{");
        }
    }
}
