package id.wadul.gateway.smpp;

import static org.assertj.core.api.Assertions.assertThat;

import id.wadul.gateway.OutboundSms;
import id.wadul.gateway.SendOutcome;
import id.wadul.gateway.text.Gsm7;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.InterfaceVersion;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.Session;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Outbound SMS to a real jSMPP receiver: splitting, encoding, queueing, retries and routing. */
class OutboundIT extends ServerFixture {

    /** A receiver that records every deliver_sm and can refuse the first few with a status. */
    static final class Phone implements MessageReceiverListener {
        final LinkedBlockingQueue<DeliverSm> received = new LinkedBlockingQueue<>();
        final AtomicInteger refusals = new AtomicInteger();
        volatile int refusalStatus = SMPPConstant.STAT_ESME_RTHROTTLED;

        @Override
        public void onAcceptDeliverSm(DeliverSm deliverSm) throws ProcessRequestException {
            if (refusals.getAndDecrement() > 0) {
                throw new ProcessRequestException("refused", refusalStatus);
            }
            received.add(deliverSm);
        }

        @Override
        public void onAcceptAlertNotification(AlertNotification alertNotification) {
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
            throw new ProcessRequestException("no data_sm", SMPPConstant.STAT_ESME_RINVCMDID);
        }

        /** Takes n parts and puts them back together by their UDH, checking the order does not matter. */
        String reassemble(int n) throws InterruptedException {
            Map<Integer, String> bySeq = new TreeMap<>();
            for (int i = 0; i < n; i++) {
                DeliverSm part = received.poll(5, TimeUnit.SECONDS);
                assertThat(part).as("part %d of %d", i + 1, n).isNotNull();
                byte[] sm = part.getShortMessage();
                int seq = 1;
                int offset = 0;
                if (part.isUdhi()) {
                    assertThat(sm[1]).isEqualTo((byte) 0);
                    assertThat(sm[4] & 0xff).isEqualTo(n);
                    seq = sm[5] & 0xff;
                    offset = (sm[0] & 0xff) + 1;
                }
                byte[] body = Arrays.copyOfRange(sm, offset, sm.length);
                bySeq.put(seq, part.getDataCoding() == 8 ? new String(body, StandardCharsets.UTF_16BE)
                        : Gsm7.decode(body));
            }
            return String.join("", bySeq.values());
        }
    }

    private final Phone phone = new Phone();

    @BeforeEach
    void startServer() throws Exception {
        Map<String, String> config = baseConfig();
        config.put("smpp.outbound.route.62811", "slow");
        config.put("smpp.outbound.fallback", "link");
        config.put("smpp.outbound.queueTimeout", "1500ms");
        start(config);
    }

    private SMPPSession receiver(String account, Phone listener) throws Exception {
        return bind(BindType.BIND_RX, account, "secret", InterfaceVersion.IF_34, listener);
    }

    private SendOutcome send(String id, String to, String text) throws Exception {
        return server.outboundSender().send(new OutboundSms(id, to, "1708", text)).get(10, TimeUnit.SECONDS);
    }

    @Test
    void longTextArrivesAsConcatenatedParts() throws Exception {
        receiver("link", phone);
        String text = "Pengaduan Anda diterima dengan nomor tiket WDL-2026-000123. ".repeat(6);
        SendOutcome outcome = send("out-1", "6285712345678", text);
        assertThat(outcome.status()).isEqualTo(SendOutcome.Status.SENT);
        assertThat(outcome.account()).isEqualTo("link");
        assertThat(outcome.linkMessageIds()).hasSize(3);
        assertThat(phone.reassemble(3)).isEqualTo(text);
    }

    @Test
    void ucs2WithEmojiSurvives() throws Exception {
        receiver("link", phone);
        String text = "Terima kasih \uD83D\uDE4F laporan banjir \uD83C\uDF0A sudah diteruskan ke BPBD. ".repeat(2);
        assertThat(send("out-2", "6285712345678", text).sent()).isTrue();
        assertThat(phone.reassemble(2)).isEqualTo(text);
    }

    @Test
    void messageSentBeforeAnyReceiverBindsIsDeliveredWhenOneBinds() throws Exception {
        CompletableFuture<SendOutcome> pending = server.outboundSender()
                .send(new OutboundSms("out-3", "6285700000001", "1708", "Tiket WDL-7 selesai"));
        assertThat(pending).isNotDone();
        receiver("link", phone);
        assertThat(pending.get(5, TimeUnit.SECONDS).sent()).isTrue();
        assertThat(phone.reassemble(1)).isEqualTo("Tiket WDL-7 selesai");
    }

    @Test
    void messageWithNoSessionFailsAfterTheQueueTimeout() throws Exception {
        SendOutcome outcome = send("out-4", "6285700000002", "tidak ada link");
        assertThat(outcome.status()).isEqualTo(SendOutcome.Status.FAILED);
        assertThat(outcome.detail()).contains("no session");
    }

    @Test
    void throttledPartsAreRetried() throws Exception {
        receiver("link", phone);
        phone.refusals.set(2);
        assertThat(send("out-5", "6285712345678", "coba lagi").sent()).isTrue();
        assertThat(phone.reassemble(1)).isEqualTo("coba lagi");
    }

    @Test
    void permanentErrorFails() throws Exception {
        receiver("link", phone);
        phone.refusalStatus = SMPPConstant.STAT_ESME_RINVDSTADR;
        phone.refusals.set(1);
        SendOutcome outcome = send("out-6", "6285712345678", "nomor salah");
        assertThat(outcome.status()).isEqualTo(SendOutcome.Status.FAILED);
        assertThat(outcome.detail()).contains("0xb");
    }

    @Test
    void accountIsChosenByTheLongestPrefix() throws Exception {
        Phone slowPhone = new Phone();
        receiver("link", phone);
        receiver("slow", slowPhone);
        assertThat(send("out-7", "6281122223333", "lewat slow").account()).isEqualTo("slow");
        assertThat(send("out-8", "6289922223333", "lewat link").account()).isEqualTo("link");
        assertThat(slowPhone.reassemble(1)).isEqualTo("lewat slow");
        assertThat(phone.reassemble(1)).isEqualTo("lewat link");
        assertThat(List.of(phone.received, slowPhone.received)).allMatch(q -> q.isEmpty());
    }
}
