package id.wadul.gateway.smpp;

import static org.assertj.core.api.Assertions.assertThat;

import id.wadul.gateway.text.Gsm7;
import java.util.HashMap;
import java.util.Map;
import org.jsmpp.SMPPConstant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Window, rate limit and what the peer hears when the sink fails, is busy or is too slow. */
class FlowControlIT extends ServerFixture {

    @BeforeEach
    void startServer() throws Exception {
        start();
    }

    private static byte[] submitSm(int sequence, String text) throws Exception {
        return RawClient.COMPOSER.submitSm(sequence, "", (byte) 0, (byte) 0, "0812" + sequence, (byte) 0, (byte) 0,
                "1708", (byte) 0, (byte) 0, (byte) 0, null, null, (byte) 0, (byte) 0, (byte) 0, (byte) 0,
                Gsm7.encode(text));
    }

    /** Reads n responses, by sequence number. */
    private static Map<Integer, Integer> statuses(RawClient raw, int n) throws Exception {
        Map<Integer, Integer> out = new HashMap<>();
        for (int i = 0; i < n; i++) {
            byte[] resp = raw.read();
            assertThat(RawClient.commandId(resp)).isEqualTo(SMPPConstant.CID_SUBMIT_SM_RESP);
            out.put(RawClient.sequence(resp), RawClient.status(resp));
        }
        return out;
    }

    @Test
    void requestsPastTheWindowAreThrottledAtOnce() throws Exception {
        sink.mode = MemorySink.Mode.NEVER;
        RawClient raw = raw();
        raw.bindTransceiver("slow", "secret");
        raw.write(submitSm(2, "satu"));
        raw.write(submitSm(3, "dua"));
        raw.write(submitSm(4, "tiga"));
        byte[] first = raw.read();
        assertThat(RawClient.sequence(first)).isEqualTo(4);
        assertThat(RawClient.status(first)).isEqualTo(SMPPConstant.STAT_ESME_RTHROTTLED);
        // the two in the window time out against the never-answering sink: an error, never OK
        Map<Integer, Integer> rest = statuses(raw, 2);
        assertThat(rest).containsEntry(2, SMPPConstant.STAT_ESME_RSYSERR)
                .containsEntry(3, SMPPConstant.STAT_ESME_RSYSERR);
        assertThat(sink.messages()).isEmpty();
    }

    @Test
    void messagesBeyondTheAccountRateAreThrottled() throws Exception {
        RawClient raw = raw();
        raw.bindTransceiver("rate", "secret");
        for (int seq = 2; seq < 8; seq++) {
            raw.write(submitSm(seq, "pesan " + seq));
        }
        Map<Integer, Integer> all = statuses(raw, 6);
        long ok = all.values().stream().filter(s -> s == 0).count();
        assertThat(ok).isBetween(2L, 3L);
        assertThat(all.values()).contains(SMPPConstant.STAT_ESME_RTHROTTLED);
        assertThat(sink.messages()).hasSize((int) ok);
    }

    @Test
    void failingSinkGivesSystemErrorNotOk() throws Exception {
        sink.mode = MemorySink.Mode.FAIL;
        RawClient raw = raw();
        raw.bindTransceiver("link", "secret");
        raw.write(submitSm(2, "hilang?"));
        assertThat(statuses(raw, 1)).containsEntry(2, SMPPConstant.STAT_ESME_RSYSERR);
        sink.mode = MemorySink.Mode.OK;
        raw.write(submitSm(3, "hilang?"));
        assertThat(statuses(raw, 1)).containsEntry(3, SMPPConstant.STAT_ESME_ROK);
    }

    @Test
    void sinkThatThrowsGivesSystemErrorAndTheSessionLives() throws Exception {
        sink.mode = MemorySink.Mode.THROW;
        RawClient raw = raw();
        raw.bindTransceiver("link", "secret");
        raw.write(submitSm(2, "rusak"));
        assertThat(statuses(raw, 1)).containsEntry(2, SMPPConstant.STAT_ESME_RSYSERR);
        raw.write(RawClient.COMPOSER.enquireLink(3));
        assertThat(RawClient.commandId(raw.read())).isEqualTo(SMPPConstant.CID_ENQUIRE_LINK_RESP);
    }

    @Test
    void busySinkGivesThrottled() throws Exception {
        sink.mode = MemorySink.Mode.BUSY;
        RawClient raw = raw();
        raw.bindTransceiver("link", "secret");
        raw.write(submitSm(2, "antre"));
        assertThat(statuses(raw, 1)).containsEntry(2, SMPPConstant.STAT_ESME_RTHROTTLED);
    }

    @Test
    void sinkSlowerThanTheSinkTimeoutGivesAnErrorAndTheSessionGoesOn() throws Exception {
        sink.mode = MemorySink.Mode.NEVER;
        RawClient raw = raw();
        raw.bindTransceiver("link", "secret");
        long start = System.nanoTime();
        raw.write(submitSm(2, "lambat"));
        assertThat(statuses(raw, 1)).containsEntry(2, SMPPConstant.STAT_ESME_RSYSERR);
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(900);
        raw.write(RawClient.COMPOSER.enquireLink(3));
        assertThat(RawClient.commandId(raw.read())).isEqualTo(SMPPConstant.CID_ENQUIRE_LINK_RESP);
    }
}
