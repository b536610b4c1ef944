package id.wadul.gateway.smpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import id.wadul.gateway.InboundPart;
import id.wadul.gateway.InboundSms;
import id.wadul.gateway.text.DedupeKeys;
import id.wadul.gateway.text.Gsm7;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.RawDataCoding;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.session.SMPPSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InboundIT extends ServerFixture {

    private SMPPSession link;

    private final Map<String, String> config = baseConfig();

    @BeforeEach
    void startAndBind() throws Exception {
        config.put("smpp.reassemblyTimeout", "1500ms");
        start(config);
        link = bind(BindType.BIND_TRX, "link", "secret");
    }

    private String submit(String source, String destination, int esmClass, int dataCoding, byte[] body,
                          OptionalParameter... tlvs) throws Exception {
        return link.submitShortMessage("", TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, source,
                TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, destination, new ESMClass(esmClass), (byte) 0,
                (byte) 0, null, null, new RegisteredDelivery(0), (byte) 0, new RawDataCoding((byte) dataCoding),
                (byte) 0, body, tlvs).getMessageId();
    }

    @Test
    void submitToTheShortCodeIsStoredBeforeItIsAcknowledged() throws Exception {
        String id = submit("081234567890", "1708", 0, 0, Gsm7.encode("Jalan rusak di Desa Sukamaju"));
        // the OK carries the store's id, so the sink had it before the response was written
        assertThat(id).isEqualTo("M1000");
        InboundSms sms = sink.messages().get(0);
        assertThat(sms.source()).isEqualTo("6281234567890");
        assertThat(sms.destination()).isEqualTo("1708");
        assertThat(sms.account()).isEqualTo("link");
        assertThat(sms.text()).isEqualTo("Jalan rusak di Desa Sukamaju");
        assertThat(sms.totalParts()).isEqualTo(1);
    }

    @Test
    void aBindThatBreaksWithoutUnbindReportsItsRecentAnswersAsPossiblyLost() throws Exception {
        SMPPSession orderly = bind(BindType.BIND_TRX, "link", "secret");
        orderly.submitShortMessage("", TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, "081111111111",
                TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, "1708", new ESMClass(), (byte) 0, (byte) 0,
                null, null, new RegisteredDelivery(0), (byte) 0, new RawDataCoding((byte) 0), (byte) 0,
                Gsm7.encode("STATUS K7M4PX"));
        orderly.unbindAndClose();

        submit("081234567890", "1708", 0, 0, Gsm7.encode("STATUS K7M4PX"));
        link.close(); // the connection breaks: no unbind

        await().atMost(Duration.ofSeconds(10)).until(() -> !sink.lost.isEmpty());
        assertThat(sink.lost).containsExactly(DedupeKeys.forSms("6281234567890", "1708", "STATUS K7M4PX"));
    }

    @Test
    void otherDestinationsAreRefused() {
        assertThatThrownBy(() -> submit("0812", "9999", 0, 0, Gsm7.encode("x")))
                .satisfies(e -> assertThat(BindIT.status(e)).isEqualTo(SMPPConstant.STAT_ESME_RINVDSTADR));
        assertThat(sink.messages()).isEmpty();
    }

    @Test
    void everySupportedDataCodingIsDecoded() throws Exception {
        submit("0811", "1708", 0, 0, Gsm7.encode("Harga {beras} naik 10€ @pasar"));
        submit("0812", "1708", 0, 1, "IA5 text 123".getBytes(StandardCharsets.US_ASCII));
        submit("0813", "1708", 0, 3, "Caf\u00e9 d\u00e9j\u00e0 vu".getBytes(StandardCharsets.ISO_8859_1));
        submit("0814", "1708", 0, 8, "Banjir \uD83C\uDF0A di jalan \uD83D\uDE21".getBytes(StandardCharsets.UTF_16BE));
        assertThat(sink.messages()).extracting(InboundSms::text).containsExactly("Harga {beras} naik 10€ @pasar",
                "IA5 text 123", "Caf\u00e9 d\u00e9j\u00e0 vu", "Banjir \uD83C\uDF0A di jalan \uD83D\uDE21");
        assertThat(sink.messages()).extracting(InboundSms::dataCoding).containsExactly(0, 1, 3, 8);
    }

    @Test
    void unsupportedDataCodingIsAPermanentError() {
        assertThatThrownBy(() -> submit("0812", "1708", 0, 4, new byte[] {1, 2, 3}))
                .satisfies(e -> assertThat(BindIT.status(e)).isEqualTo(SMPPConstant.STAT_ESME_RX_P_APPN));
    }

    @Test
    void textMayComeInTheMessagePayloadTlv() throws Exception {
        String longText = "Sampah menumpuk di pasar ".repeat(12);
        submit("0812", "1708", 0, 0, new byte[0],
                new OptionalParameter.OctetString(OptionalParameter.Tag.MESSAGE_PAYLOAD.code(), Gsm7.encode(longText)));
        assertThat(sink.messages()).extracting(InboundSms::text).containsExactly(longText);
    }

    @Test
    void udhPartsInOrderAndOutOfOrderBecomeOneMessage() throws Exception {
        List<String> parts = List.of("Jembatan di ", "Desa Cibodas ", "ambruk");
        List<String> ids = new ArrayList<>();
        for (int seq = 1; seq <= 3; seq++) {
            ids.add(submit("0812555", "1708", 0x40, 0, udh8(42, 3, seq, parts.get(seq - 1))));
        }
        for (int seq : new int[] {3, 1, 2}) {
            submit("0812666", "1708", 0x40, 8, udh16(0x1234, 3, seq, parts.get(seq - 1)));
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> sink.messages().size() == 2);
        assertThat(sink.messages()).extracting(InboundSms::text).containsOnly("Jembatan di Desa Cibodas ambruk");
        assertThat(sink.messages()).extracting(InboundSms::incomplete).containsOnly(false);
        assertThat(sink.messages().get(0).partIds()).hasSize(3).containsExactlyElementsOf(
                ids.stream().map(id -> Long.valueOf(id)).toList());
    }

    @Test
    void sarPartsBecomeOneMessage() throws Exception {
        submit("0812777", "1708", 0, 0, Gsm7.encode("bagian dua"), sar(500, 2, 2));
        submit("0812777", "1708", 0, 0, Gsm7.encode("bagian satu, "), sar(500, 2, 1));
        await().atMost(Duration.ofSeconds(5)).until(() -> sink.messages().size() == 1);
        assertThat(sink.messages().get(0).text()).isEqualTo("bagian satu, bagian dua");
        assertThat(sink.messages().get(0).totalParts()).isEqualTo(2);
    }

    @Test
    void missingPartsAreDeliveredIncompleteAfterTheTimeout() throws Exception {
        submit("0812888", "1708", 0x40, 0, udh8(7, 3, 1, "Pohon tumbang "));
        submit("0812888", "1708", 0x40, 0, udh8(7, 3, 3, "jalan."));
        await().atMost(Duration.ofSeconds(6)).until(() -> sink.messages().size() == 1);
        InboundSms sms = sink.messages().get(0);
        assertThat(sms.incomplete()).isTrue();
        assertThat(sms.totalParts()).isEqualTo(3);
        assertThat(sms.text()).contains("Pohon tumbang ").contains("jalan.");
        assertThat(sms.partIds()).hasSize(2);
    }

    @Test
    void partsStoredBeforeARestartAreCompleted() throws Exception {
        server.stop();
        sink.addPending(new InboundPart(77, "link", "6281300000001", "1708", 9, 2, 1, "Lampu jalan mati ",
                0, DedupeKeys.forPart("6281300000001", "1708", 9, 2, 1, "Lampu jalan mati "), Instant.now()));
        start(config);
        link = bind(BindType.BIND_TRX, "link", "secret");
        submit("6281300000001", "1708", 0x40, 0, udh8(9, 2, 2, "di gang 5"));
        await().atMost(Duration.ofSeconds(5)).until(() -> sink.messages().size() == 1);
        assertThat(sink.messages().get(0).text()).isEqualTo("Lampu jalan mati di gang 5");
        assertThat(sink.messages().get(0).partIds()).contains(77L);
    }

    @Test
    void aResubmittedMessageIsStoredOnce() throws Exception {
        String first = submit("081234567890", "1708", 0, 0, Gsm7.encode("Air PDAM mati"));
        String again = submit("+6281234567890", "1708", 0, 0, Gsm7.encode("Air PDAM mati"));
        assertThat(again).isEqualTo(first);
        assertThat(sink.messages()).hasSize(1);
    }

    @Test
    void deliverSmFromABridgeIsAcceptedToo() throws Exception {
        RawClient raw = raw();
        raw.bindTransceiver("link", "secret");
        raw.write(RawClient.COMPOSER.deliverSm(5, "", (byte) 0, (byte) 0, "0812999", (byte) 0, (byte) 0, "1709",
                (byte) 0, (byte) 0, (byte) 0, (byte) 0, (byte) 0, Gsm7.encode("via Kannel")));
        byte[] resp = raw.read();
        assertThat(RawClient.commandId(resp)).isEqualTo(SMPPConstant.CID_DELIVER_SM_RESP);
        assertThat(RawClient.status(resp)).isZero();
        assertThat(sink.messages()).extracting(InboundSms::text).containsExactly("via Kannel");
    }

    static byte[] udh8(int ref, int total, int seq, String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {5, 0, 3, (byte) ref, (byte) total, (byte) seq});
        out.writeBytes(Gsm7.encode(text));
        return out.toByteArray();
    }

    static byte[] udh16(int ref, int total, int seq, String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {6, 8, 4, (byte) (ref >> 8), (byte) ref, (byte) total, (byte) seq});
        out.writeBytes(text.getBytes(StandardCharsets.UTF_16BE));
        return out.toByteArray();
    }

    static OptionalParameter[] sar(int ref, int total, int seq) {
        return new OptionalParameter[] {new OptionalParameter.Sar_msg_ref_num((short) ref),
                new OptionalParameter.Sar_total_segments((byte) total),
                new OptionalParameter.Sar_segment_seqnum((byte) seq)};
    }
}
