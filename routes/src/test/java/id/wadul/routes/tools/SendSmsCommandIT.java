package id.wadul.routes.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.wadul.gateway.InboundPart;
import id.wadul.gateway.InboundSink;
import id.wadul.gateway.InboundSms;
import id.wadul.gateway.OutboundSms;
import id.wadul.gateway.SendOutcome;
import id.wadul.gateway.config.GatewayConfig;
import id.wadul.gateway.smpp.SmppServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The {@code send} tool against the real gateway on loopback: it submits, then prints what comes back. */
class SendSmsCommandIT {

    /** Keeps what the gateway stores, in memory: this test is about the client tool, not the store. */
    private static final class ListSink implements InboundSink {
        final List<InboundSms> stored = new CopyOnWriteArrayList<>();
        final AtomicLong ids = new AtomicLong();

        @Override
        public CompletableFuture<String> accept(InboundSms sms) {
            stored.add(sms);
            return CompletableFuture.completedFuture("M" + ids.incrementAndGet());
        }

        @Override
        public CompletableFuture<InboundPart> acceptPart(InboundPart part) {
            return CompletableFuture.completedFuture(part.withId(ids.incrementAndGet()));
        }

        @Override
        public List<InboundPart> pendingParts() {
            return List.of();
        }
    }

    private final ListSink sink = new ListSink();
    private SmppServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void submitsALongComplaintAndPrintsTheReplyItReceives() throws Exception {
        server = new SmppServer(GatewayConfig.from(Map.of("smpp.host", "127.0.0.1", "smpp.port", "0",
                "wadul.shortcode", "1708", "smpp.accounts", "demo", "smpp.account.demo.password", "demo1708",
                "smpp.account.demo.allowedCidrs", "127.0.0.1/32")), sink);
        server.start();
        String complaint = "Jln rusak parah di ds Sumberrejo kec Padangan, sdh 3 bln tdk diperbaiki, banyak yg jatuh"
                + " dr motor tiap malam krn lampu jalan mati 🙏 tlg segera ditangani pak";
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        CompletableFuture<Integer> status = CompletableFuture.supplyAsync(() -> SendSmsCommand.run(new String[] {
            "--port", String.valueOf(server.port()), "--from", "0812-3456-7890", "--wait", "4s", complaint},
                out, out));

        await().atMost(Duration.ofSeconds(20)).until(() -> !sink.stored.isEmpty());
        assertThat(sink.stored.get(0).text()).isEqualTo(complaint);
        assertThat(sink.stored.get(0).source()).isEqualTo("6281234567890");
        assertThat(sink.stored.get(0).totalParts()).isEqualTo(3);

        String reply = "Aduan diterima, no tiket K7M4PX. Diteruskan ke Dinas PUPR. Cek: ketik STATUS K7M4PX kirim"
                + " ke 1708. Terima kasih sudah melapor, laporan Anda akan kami tindak lanjuti secepatnya.";
        SendOutcome outcome = server.outboundSender()
                .send(new OutboundSms("o1", "6281234567890", "1708", reply)).get();
        assertThat(outcome.sent()).isTrue();

        assertThat(status.get()).isZero();
        String output = printed.toString(StandardCharsets.UTF_8);
        assertThat(output).contains("submit_sm part 3/3 accepted")
                .contains("deliver_sm to 6281234567890: " + reply);
    }

    private SmppServer startServer() throws Exception {
        SmppServer started = new SmppServer(GatewayConfig.from(Map.of("smpp.host", "127.0.0.1", "smpp.port", "0",
                "wadul.shortcode", "1708", "smpp.accounts", "demo", "smpp.account.demo.password", "demo1708",
                "smpp.account.demo.allowedCidrs", "127.0.0.1/32")), sink);
        started.start();
        return started;
    }

    @Test
    void returnsAsSoonAsTheExpectedRepliesHaveArrived() throws Exception {
        server = startServer();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        CompletableFuture<Integer> status = CompletableFuture.supplyAsync(() -> SendSmsCommand.run(new String[] {
            "--port", String.valueOf(server.port()), "--expect", "2", "--wait", "600s", "STATUS K7M4PX"}, out, out));
        await().atMost(Duration.ofSeconds(20)).until(() -> !sink.stored.isEmpty());

        for (String reply : List.of("Tiket K7M4PX: PROSES.", "Tiket K7M4PX: petugas sudah di lokasi.")) {
            assertThat(server.outboundSender().send(new OutboundSms("o-" + reply.length(), "6281234567890", "1708",
                    reply)).get(20, java.util.concurrent.TimeUnit.SECONDS).sent())
                    .as(() -> printed.toString(StandardCharsets.UTF_8)).isTrue();
        }

        // far sooner than the 600 s --wait: it returns once both have arrived
        assertThat(status.get(30, java.util.concurrent.TimeUnit.SECONDS)).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("waiting up to 600 s for 2 SMS")
                .contains("Tiket K7M4PX: PROSES.").contains("petugas sudah di lokasi");
    }

    @Test
    void fewerRepliesThanExpectedIsAFailureWithAClearLine() throws Exception {
        server = startServer();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = SendSmsCommand.run(new String[] {"--port", String.valueOf(server.port()), "--expect", "1",
            "--wait", "1s", "STATUS K7M4PX"}, new PrintStream(new ByteArrayOutputStream(), true),
                new PrintStream(errors, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(1);
        assertThat(errors.toString(StandardCharsets.UTF_8)).isEqualTo("send: 0 of 1 expected SMS arrived within 1s\n");
    }

    @Test
    void noServerSaysWhichHostAndPortItTriedAndWhatToDo() throws Exception {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = SendSmsCommand.run(new String[] {"--port", String.valueOf(port), "hello"},
                new PrintStream(new ByteArrayOutputStream(), true), new PrintStream(errors, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(1);
        String told = errors.toString(StandardCharsets.UTF_8);
        assertThat(told).contains("127.0.0.1:" + port).contains("Is the server running? Start it with: java -jar");
        assertThat(told.lines()).hasSize(2);
    }

    @Test
    void aMistypedOptionIsNamed() {
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = SendSmsCommand.run(new String[] {"--expcet", "2", "hello"},
                new PrintStream(new ByteArrayOutputStream(), true), new PrintStream(errors, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(2);
        assertThat(errors.toString(StandardCharsets.UTF_8)).startsWith(
                "send: unknown option '--expcet' (did you mean --expect?)");
    }
}
