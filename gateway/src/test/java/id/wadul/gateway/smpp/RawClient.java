package id.wadul.gateway.smpp;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import org.jsmpp.SMPPConstant;
import org.jsmpp.util.DefaultComposer;

/** Raw bytes over a socket, for what a well-behaved client would never send. */
final class RawClient implements AutoCloseable {

    static final DefaultComposer COMPOSER = new DefaultComposer();

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;

    RawClient(int port) throws IOException {
        this(port, "127.0.0.1");
    }

    /** Connects from the given loopback address (127.0.0.2, 127.0.0.3, ... all work on Linux). */
    RawClient(int port, String localAddress) throws IOException {
        socket = new Socket(InetAddress.getByName("127.0.0.1"), port, InetAddress.getByName(localAddress), 0);
        socket.setSoTimeout(5000);
        in = new DataInputStream(socket.getInputStream());
        out = socket.getOutputStream();
    }

    void write(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** The next whole PDU; fails after 5 s. */
    byte[] read() throws IOException {
        int length = in.readInt();
        byte[] pdu = new byte[length];
        ByteBuffer.wrap(pdu).putInt(length);
        in.readFully(pdu, 4, length - 4);
        return pdu;
    }

    /** True when the server closed the connection (EOF) within 5 s; skips what it sends before. */
    boolean closedByServer() throws IOException {
        try {
            byte[] skip = new byte[256];
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (System.nanoTime() < deadline) {
                if (in.read(skip) == -1) {
                    return true;
                }
            }
            return false;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    /** Bytes already received and not read yet. */
    int available() throws IOException {
        return in.available();
    }

    static byte[] bind(int sequence, String systemId, String password) throws Exception {
        return COMPOSER.bind(SMPPConstant.CID_BIND_TRANSCEIVER, sequence, systemId, password, "",
                SMPPConstant.IF_VERSION_34, (byte) 0, (byte) 0, "");
    }

    void bindTransceiver(String systemId, String password) throws Exception {
        write(bind(1, systemId, password));
        byte[] resp = read();
        if (status(resp) != 0) {
            throw new IllegalStateException("bind failed: 0x" + Integer.toHexString(status(resp)));
        }
    }

    static int commandId(byte[] pdu) {
        return ByteBuffer.wrap(pdu).getInt(4);
    }

    static int status(byte[] pdu) {
        return ByteBuffer.wrap(pdu).getInt(8);
    }

    static int sequence(byte[] pdu) {
        return ByteBuffer.wrap(pdu).getInt(12);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
