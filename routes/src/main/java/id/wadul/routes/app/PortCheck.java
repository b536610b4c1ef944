package id.wadul.routes.app;

import id.wadul.routes.config.Settings;
import id.wadul.routes.config.StartupFailure;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tries to bind every port the server will listen on (smpp.port, smpp.tls.port, http.port) before the database
 * starts, and says which setting names a port that is taken. Port 0 (any free port) is not checked.
 */
final class PortCheck {

    private PortCheck() {
    }

    static void free(Settings settings) {
        Map<String, String> hosts = new LinkedHashMap<>();
        hosts.put("smpp.port", settings.get("smpp.host", "0.0.0.0"));
        hosts.put("smpp.tls.port", settings.get("smpp.host", "0.0.0.0"));
        hosts.put("http.port", settings.get("http.host", "0.0.0.0"));
        Map<Integer, String> seen = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : hosts.entrySet()) {
            String key = entry.getKey();
            int port = settings.getInt(key, key.equals("http.port") ? 8080 : key.equals("smpp.port") ? 2775 : 0);
            if (port == 0) {
                continue;
            }
            String other = seen.putIfAbsent(port, key);
            if (other != null) {
                throw new StartupFailure(other + " and " + key + " are both " + port + " (" + settings.origin(key)
                        + "): give each its own port.");
            }
            bind(settings, key, entry.getValue(), port);
        }
    }

    private static void bind(Settings settings, String key, String host, int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(host, port));
        } catch (IOException e) {
            throw new StartupFailure(key + "=" + port + " (" + settings.origin(key) + "): cannot listen on " + host
                    + ":" + port + " (" + e.getMessage() + "): another program, perhaps another wadul, uses it.\n"
                    + "Stop that program, or choose a free port: -D" + key + "=<port> or " + key + " in "
                    + settings.file() + ".", e);
        }
    }
}
