package id.wadul.routes.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.wadul.sql.outbox.OutboxRow;
import id.wadul.sql.ticket.TicketEventRow;
import id.wadul.sql.ticket.TicketRow;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InboxHandlerIT {

    private static final String CITIZEN = "6281234567890";
    private static final String PUPR_1 = "6280000003101";
    private static final String PUPR_2 = "6280000003102";
    private static final String DISHUB_1 = "6280000003201";
    private static final String KOMINFO_1 = "6280000000101";
    private static final String ROAD = "jln rusak parah di kec padangan tlg diperbaiki";

    private FlowFixture f = new FlowFixture();

    @AfterEach
    void close() {
        f.close();
    }

    private TicketRow ticketOf(long messageId) {
        List<TicketRow> t = f.ticketsOfMessage(messageId);
        assertThat(t).hasSize(1);
        return t.get(0);
    }

    private String lastTo(String number) {
        List<OutboxRow> rows = f.outboxTo(number);
        assertThat(rows).as("SMS to %s", number).isNotEmpty();
        return rows.get(rows.size() - 1).text();
    }

    @Test
    void aComplaintIsHandledOnceAndMarkedHandled() {
        // given
        long id = f.receive(CITIZEN, ROAD);
        assertThat(f.state(id)).isEqualTo("RECEIVED");
        assertThat(f.inbox.pending(10)).containsExactly(id);

        // when
        assertThat(f.inbox.handle(id)).isTrue();

        // then
        assertThat(f.state(id)).isEqualTo("HANDLED");
        assertThat(ticketOf(id).category()).isEqualTo("infrastruktur");
        int rows = f.outbox().size();
        assertThat(f.inbox.pending(10)).isEmpty();

        // and handling it again (a sweep racing the hook) changes nothing
        assertThat(f.inbox.handle(id)).isFalse();
        assertThat(f.outbox()).hasSize(rows);
        assertThat(f.ticketsOfMessage(id)).hasSize(1);
    }

    @Test
    void aBatchIsHandledInOneTransactionAndSeesItsOwnRepeats() {
        long a = f.receive(CITIZEN, ROAD);
        long b = f.receive(CITIZEN, ROAD);
        long c = f.receive("6285555555555", "halo");

        assertThat(f.inbox.handleAll(List.of(a, b, c, a))).isEqualTo(3);

        assertThat(List.of(f.state(a), f.state(b), f.state(c))).containsOnly("HANDLED");
        assertThat(f.ticketsOfMessage(a)).hasSize(1);
        assertThat(f.ticketsOfMessage(b)).isEmpty();
        assertThat(f.outboxTo(CITIZEN)).hasSize(2);
        assertThat(lastTo(CITIZEN)).contains("sudah tercatat");
        assertThat(f.outboxTo(PUPR_1)).hasSize(1);
    }

    @Test
    void aMixedBatchOpensEachTicketOnceWithItsTrailInOrder() {
        // given a ticket from an earlier batch, then a batch of new complaints, repeats and a command between
        long earlier = f.handle("6286666666666", "sampah menumpuk di pasar padangan bau sekali");
        long x = f.receive("6281111111111", ROAD);
        long y = f.receive("6282222222222", "lampu jalan mati di dander sdh seminggu");
        long xAgain = f.receive("6281111111111", ROAD);
        long help = f.receive("6283333333333", "halo");
        long z = f.receive("6284444444444", "pupuk subsidi langka di kec kedungadem");
        long yAgain = f.receive("6282222222222", "lampu jalan mati di dander sdh seminggu");
        long earlierAgain = f.receive("6286666666666", "sampah menumpuk di pasar padangan bau sekali");

        // when
        assertThat(f.inbox.handleAll(List.of(x, y, xAgain, help, z, yAgain, earlierAgain))).isEqualTo(7);

        // then each complaint has one ticket, the repeats none, and each citizen was told once per message
        assertThat(List.of(x, y, z)).allSatisfy(id -> assertThat(f.ticketsOfMessage(id)).hasSize(1));
        assertThat(List.of(xAgain, yAgain, earlierAgain)).allSatisfy(id -> assertThat(f.ticketsOfMessage(id)).isEmpty());
        assertThat(f.outboxTo("6281111111111")).hasSize(2);
        assertThat(lastTo("6281111111111")).contains("sudah tercatat", ticketOf(x).number());
        assertThat(lastTo("6282222222222")).contains("sudah tercatat", ticketOf(y).number());
        assertThat(lastTo("6286666666666")).contains("sudah tercatat", ticketOf(earlier).number());
        assertThat(f.outboxTo("6283333333333")).hasSize(1);
        // tickets are numbered in the order their messages came, and so is each trail
        assertThat(List.of(ticketOf(x).id(), ticketOf(y).id(), ticketOf(z).id())).isSorted();
        assertThat(f.events(ticketOf(x).id())).extracting(TicketEventRow::kind)
                .containsExactly("CREATED", "ROUTED", "FORWARDED", "DUPLICATE");
        assertThat(f.events(ticketOf(earlier).id())).extracting(TicketEventRow::kind).endsWith("DUPLICATE");
        assertThat(ticketOf(z).category()).isEqualTo("pertanian");
        assertThat(ticketOf(z).kecamatanName()).isEqualTo("Kedungadem");
        assertThat(ticketOf(y).inboundMessageId()).isEqualTo(y);
    }

    @Test
    void rahasiaMakesTheComplaintAnonymous() {
        long id = f.handle(CITIZEN, "RAHASIA pungli di kantor desa ngraho");

        TicketRow t = ticketOf(id);
        assertThat(t.anonymous()).isTrue();
        assertThat(t.text()).doesNotContainIgnoringCase("rahasia");
        assertThat(lastTo("6280000004301")).contains("dirahasiakan").doesNotContain("7890");
    }

    @Test
    void statusAnswersStateAndLatestNote() {
        TicketRow t = ticketOf(f.handle(CITIZEN, ROAD));

        f.handle("6289999999999", "STATUS " + t.number().toLowerCase());
        assertThat(lastTo("6289999999999")).contains(t.number(), "menunggu tindak lanjut");

        f.handle(PUPR_1, "PROSES " + t.number() + " tim sdh meluncur");
        f.handle(CITIZEN, "status " + t.number());
        assertThat(lastTo(CITIZEN)).contains("sedang diproses", "tim");
        assertThat(f.events(t.id())).extracting(TicketEventRow::kind).contains("STATUS_QUERY", "PROSES");

        f.handle(CITIZEN, "STATUS AAAAAA");
        assertThat(lastTo(CITIZEN)).contains("AAAAAA", "tidak ditemukan");
    }

    @Test
    void officersActOnlyOnTicketsOfTheirUnit() {
        TicketRow t = ticketOf(f.handle(CITIZEN, ROAD));

        // an officer of another unit
        f.handle(DISHUB_1, "SELESAI " + t.number());
        assertThat(lastTo(DISHUB_1)).contains("tidak ditujukan ke unit Anda");
        assertThat(f.ticket(t.number()).state()).isEqualTo("OPEN");

        // an officer of the unit
        f.handle(PUPR_2, "selesai " + t.number() + " sudah ditambal");
        assertThat(f.ticket(t.number()).state()).isEqualTo("DONE");
        assertThat(lastTo(PUPR_2)).contains("OK", t.number());
        assertThat(lastTo(CITIZEN)).contains("SELESAI", "sudah ditambal");
        TicketEventRow done = f.events(t.id()).stream().filter(e -> e.kind().equals("SELESAI")).findFirst()
                .orElseThrow();
        assertThat(done.actor()).isEqualTo(PUPR_2);
        assertThat(done.unitCode()).isEqualTo("dpupr");

        // a closed ticket stays closed
        f.handle(PUPR_1, "TOLAK " + t.number() + " bukan wewenang");
        assertThat(lastTo(PUPR_1)).contains("sudah ditutup");
        assertThat(f.ticket(t.number()).state()).isEqualTo("DONE");
    }

    @Test
    void triageHandsOverWithAlihAndTheNewUnitGetsTheForward() {
        TicketRow t = ticketOf(f.handle(CITIZEN, "saya mau tanya soal itu kemarin gimana"));
        assertThat(t.state()).isEqualTo("TRIAGE");

        f.handle(KOMINFO_1, "ALIH " + t.number() + " DPUPR");

        assertThat(f.activeUnits(t.id())).containsExactly("dpupr");
        assertThat(f.ticket(t.number()).state()).isEqualTo("OPEN");
        assertThat(lastTo(PUPR_1)).contains(t.number(), "dialihkan");
        assertThat(lastTo(CITIZEN)).contains("dialihkan");
        assertThat(lastTo(KOMINFO_1)).contains("OK");

        // and now Kominfo may no longer act on it
        f.handle(KOMINFO_1, "SELESAI " + t.number());
        assertThat(lastTo(KOMINFO_1)).contains("tidak ditujukan");

        // an unknown unit is refused with an example
        f.handle(PUPR_1, "ALIH " + t.number() + " dinas-entah");
        assertThat(lastTo(PUPR_1)).contains("dinas-entah", "tidak dikenal");
    }

    @Test
    void helpForShortTextsAndAFixForMalformedCommands() {
        f.handle(CITIZEN, "halo");
        assertThat(lastTo(CITIZEN)).contains("STATUS", "1708");

        f.handle(CITIZEN, "INFO");
        assertThat(f.outboxTo(CITIZEN)).hasSize(2);

        f.handle(PUPR_1, "TOLAK");
        assertThat(lastTo(PUPR_1)).isNotBlank();
        assertThat(f.outbox()).extracting(OutboxRow::ticketId).containsOnlyNulls();
    }

    @Test
    void dailyLimitRepliesOnceThenIgnores() {
        f = new FlowFixture(p -> with(p, "flow.limit.daily", "2"), f.messages);

        f.handle(CITIZEN, "halo");
        f.handle(CITIZEN, "halo lagi");
        f.handle(CITIZEN, ROAD);
        f.handle(CITIZEN, ROAD + " lagi");

        assertThat(f.outboxTo(CITIZEN)).hasSize(3);
        assertThat(lastTo(CITIZEN)).contains("batas 2 SMS");
        assertThat(f.outboxTo(PUPR_1)).isEmpty();

        // officers are not limited
        for (int i = 0; i < 3; i++) {
            f.handle(PUPR_1, "SELESAI AAAAAA");
        }
        assertThat(f.outboxTo(PUPR_1)).hasSize(3);
    }

    @Test
    void blockedNumbersAreIgnored() {
        f = new FlowFixture(p -> with(p, "flow.blocklist", "0812-3456-7890, 6285000000000"), f.messages);

        long id = f.handle(CITIZEN, ROAD);

        assertThat(f.state(id)).isEqualTo("HANDLED");
        assertThat(f.ticketsOfMessage(id)).isEmpty();
        assertThat(f.outbox()).isEmpty();
    }

    @Test
    void aFailureRollsEverythingBackAndTheMessageStaysReceived() {
        // given templates without the receipt: opening the ticket fails after it was half written
        Map<String, String> broken = new HashMap<>();
        Properties all = new Properties();
        try (var r = java.nio.file.Files.newBufferedReader(Path.of("../conf/messages.properties"))) {
            all.load(r);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        all.stringPropertyNames().forEach(k -> broken.put(k, all.getProperty(k)));
        broken.remove("citizen.receipt");
        f = new FlowFixture(p -> p, Messages.of(broken));
        long id = f.receive(CITIZEN, ROAD);

        // when
        assertThatThrownBy(() -> f.inbox.handle(id)).isInstanceOf(IllegalArgumentException.class);

        // then nothing of it was stored and it will be tried again
        assertThat(f.state(id)).isEqualTo("RECEIVED");
        assertThat(f.ticketsOfMessage(id)).isEmpty();
        assertThat(f.outbox()).isEmpty();
        assertThat(f.inbox.pending(10)).containsExactly(id);

        // and in a batch, the others are handled one by one while it stays RECEIVED
        long help = f.receive("6285555555555", "halo");
        assertThat(f.inbox.handleAll(List.of(help, id))).isEqualTo(1);
        assertThat(f.state(help)).isEqualTo("HANDLED");
        assertThat(f.outboxTo("6285555555555")).hasSize(1);
        assertThat(f.state(id)).isEqualTo("RECEIVED");

        // and after three failures the sweep leaves it alone until a restart
        assertThatThrownBy(() -> f.inbox.handle(id)).isInstanceOf(IllegalArgumentException.class);
        assertThat(f.inbox.pending(10)).isEmpty();
    }

    private static Properties with(Properties p, String key, String value) {
        p.setProperty(key, value);
        return p;
    }
}
