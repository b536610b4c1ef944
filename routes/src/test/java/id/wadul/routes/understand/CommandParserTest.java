package id.wadul.routes.understand;

import static org.assertj.core.api.Assertions.assertThat;

import id.wadul.routes.understand.Command.Verb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommandParserTest {

    @ParameterizedTest
    @ValueSource(strings = {"status k7m4px", "STATUS K7M4PX", "Status: K7M-4PX", "  status   k7m 4px ", "cek K7M4PX",
        "status,K7M4PX", "STATUS #K7M4PX", "status k7m4px?"})
    void statusQueries(String text) {
        assertThat(CommandParser.parse(text, false)).isEqualTo(new Command.StatusQuery("K7M4PX"));
        assertThat(CommandParser.parse(text, true)).isEqualTo(new Command.StatusQuery("K7M4PX"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"STATUS", "status ", "Status: K0M4PX", "status tiket sy", "status 123"})
    void statusWithoutAValidTicketExplainsTheForm(String text) {
        assertThat(CommandParser.parse(text, false)).isInstanceOfSatisfying(Command.Malformed.class,
                m -> assertThat(m.reply()).contains("STATUS <nomor tiket>"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"INFO", "info", "Bantuan", "HELP", "?", " info? ", "menu"})
    void help(String text) {
        assertThat(CommandParser.parse(text, false)).isEqualTo(new Command.Help());
    }

    @Test
    void helpKeywordFollowedByWordsIsAComplaint() {
        assertThat(CommandParser.parse("bantuan pkh sy blm cair", false))
                .isEqualTo(new Command.Complaint("bantuan pkh sy blm cair", false));
    }

    @Test
    void freeTextIsAComplaint() {
        assertThat(CommandParser.parse("  jln ds ngasem rsk parah tlg  ", false))
                .isEqualTo(new Command.Complaint("jln ds ngasem rsk parah tlg", false));
    }

    @Test
    void rahasiaMakesItAnonymousWithoutTheKeyword() {
        assertThat(CommandParser.parse("RAHASIA ada judi togel tiap malam di warung ds kapas", false))
                .isEqualTo(new Command.Complaint("ada judi togel tiap malam di warung ds kapas", true));
        assertThat(CommandParser.parse("rahasia: kades minta uang", false))
                .isEqualTo(new Command.Complaint("kades minta uang", true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "halo", "P", "!!!", "RAHASIA", "rahasia tolong", "123"})
    void emptyAndOneWordMessagesAreTooShort(String text) {
        assertThat(CommandParser.parse(text, false)).isEqualTo(new Command.TooShort());
    }

    @Test
    void nullIsTooShort() {
        assertThat(CommandParser.parse(null, false)).isEqualTo(new Command.TooShort());
    }

    @Test
    void officerVerbs() {
        assertThat(CommandParser.parse("PROSES K7M4PX", true))
                .isEqualTo(new Command.OfficerAction(Verb.PROSES, "K7M4PX", ""));
        assertThat(CommandParser.parse("proses k7m4px petugas menuju lokasi", true))
                .isEqualTo(new Command.OfficerAction(Verb.PROSES, "K7M4PX", "petugas menuju lokasi"));
        assertThat(CommandParser.parse("selesai,K7M4PX sudah diperbaiki", true))
                .isEqualTo(new Command.OfficerAction(Verb.SELESAI, "K7M4PX", "sudah diperbaiki"));
        assertThat(CommandParser.parse("Selesai: K7M-4PX, lubang sdh ditambal.", true))
                .isEqualTo(new Command.OfficerAction(Verb.SELESAI, "K7M4PX", "lubang sdh ditambal."));
        assertThat(CommandParser.parse("TOLAK K7M 4PX bukan wewenang kami", true))
                .isEqualTo(new Command.OfficerAction(Verb.TOLAK, "K7M4PX", "bukan wewenang kami"));
        assertThat(CommandParser.parse("alih K7M4PX DPUPR", true))
                .isEqualTo(new Command.OfficerAction(Verb.ALIH, "K7M4PX", "DPUPR"));
        assertThat(CommandParser.parse("ALIH K7M4PX polsek-padangan ini kasus pencurian", true))
                .isEqualTo(new Command.OfficerAction(Verb.ALIH, "K7M4PX", "polsek-padangan"));
    }

    @Test
    void malformedOfficerCommandsSayTheRightForm() {
        assertThat(CommandParser.parse("TOLAK K7M4PX", true)).isInstanceOfSatisfying(Command.Malformed.class,
                m -> assertThat(m.reply()).contains("Alasan").contains("TOLAK <tiket> <alasan>"));
        assertThat(CommandParser.parse("ALIH K7M4PX", true)).isInstanceOfSatisfying(Command.Malformed.class,
                m -> assertThat(m.reply()).contains("ALIH <tiket> <kode unit>"));
        assertThat(CommandParser.parse("SELESAI", true)).isInstanceOfSatisfying(Command.Malformed.class,
                m -> assertThat(m.reply()).contains("SELESAI <tiket>"));
        assertThat(CommandParser.parse("proses tiket kemarin", true)).isInstanceOfSatisfying(Command.Malformed.class,
                m -> assertThat(m.reply()).contains("PROSES <tiket>"));
    }

    @Test
    void officersFreeTextGetsTheirCommandList() {
        assertThat(CommandParser.parse("siap laksanakan pak", true)).isInstanceOfSatisfying(Command.Malformed.class,
                m -> assertThat(m.reply()).contains("PROSES").contains("SELESAI").contains("TOLAK").contains("ALIH"));
        assertThat(CommandParser.parse("INFO", true)).isEqualTo(new Command.Help());
    }

    @Test
    void officerVerbFromACitizen() {
        // with a ticket number: a command from the wrong phone, not a complaint
        assertThat(CommandParser.parse("SELESAI K7M4PX sudah diperbaiki", false))
                .isInstanceOfSatisfying(Command.Malformed.class,
                        m -> assertThat(m.reply()).contains("hanya untuk petugas").contains("STATUS K7M4PX"));
        // ordinary words: a complaint that happens to start with the verb
        assertThat(CommandParser.parse("selesai diperbaiki seminggu jalan ds ngasem rusak lagi", false))
                .isEqualTo(new Command.Complaint("selesai diperbaiki seminggu jalan ds ngasem rusak lagi", false));
        assertThat(CommandParser.parse("tolak tambang pasir liar di kali ds kanor", false))
                .isInstanceOf(Command.Complaint.class);
    }
}
