package id.wadul.routes.desk;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One HTTP/1.1 POST from a chosen loopback address (127.0.0.2, ...), as a second machine would send it:
 * java.net.http cannot choose its local address on Java 17.
 */
final class RawHttp {

    record Reply(int status, String body) {
    }

    private RawHttp() {
    }

    static Reply postJson(int port, String fromAddress, String path, String json) {
        try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), port,
                InetAddress.getByName(fromAddress), 0)) {
            socket.setSoTimeout(20_000);
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                    + "\r\nConnection: close\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(response.substring(9, 12));
            int start = response.indexOf("\r\n\r\n");
            return new Reply(status, start < 0 ? "" : response.substring(start + 4));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
