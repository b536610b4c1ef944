package id.wadul.gateway.smpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import id.wadul.gateway.text.Gsm7;
import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jsmpp.SMPPConstant;
import org.junit.jupiter.api.Test;

/** Graceful stop: the in-flight submit gets its OK first, then the server unbinds, then closes. */
class ShutdownIT extends ServerFixture {

    @Test
    void inFlightSubmitIsAnsweredBeforeTheUnbind() throws Exception {
        start();
        int port = server.port();
        RawClient raw = raw();
        raw.bindTransceiver("link", "secret");
        sink.mode = MemorySink.Mode.HOLD;
        raw.write(RawClient.COMPOSER.submitSm(2, "", (byte) 0, (byte) 0, "0812", (byte) 0, (byte) 0, "1708",
                (byte) 0, (byte) 0, (byte) 0, null, null, (byte) 0, (byte) 0, (byte) 0, (byte) 0,
                Gsm7.encode("dikirim saat server berhenti")));
        await().atMost(Duration.ofSeconds(5)).until(() -> sink.heldCount() == 1);

        CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::stop);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(IOException.class));
        assertThat(stopping).isNotDone();
        sink.release();

        byte[] resp = raw.read();
        assertThat(RawClient.commandId(resp)).isEqualTo(SMPPConstant.CID_SUBMIT_SM_RESP);
        assertThat(RawClient.status(resp)).isZero();
        byte[] unbind = raw.read();
        assertThat(RawClient.commandId(unbind)).isEqualTo(SMPPConstant.CID_UNBIND);
        raw.write(RawClient.COMPOSER.unbindResp(0, RawClient.sequence(unbind)));
        stopping.get(10, TimeUnit.SECONDS);
        assertThat(raw.closedByServer()).isTrue();
        assertThat(sink.messages()).hasSize(1);
    }
}
