package id.wadul.routes.app;

import id.wadul.gateway.config.GatewayConfig;
import id.wadul.routes.config.Settings;
import id.wadul.routes.config.StartupFailure;
import id.wadul.routes.desk.DeskSettings;
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
        // the ports as the servers will read them: from their typed settings, with the same defaults
        GatewayConfig smpp = GatewayConfig.fromProperties(settings.properties());
        DeskSettings desk = DeskSettings.from(settings);
        Map<String, Map.Entry<String, Integer>> listeners = new LinkedHashMap<>();
        listeners.put("smpp.port", Map.entry(smpp.host(), smpp.port()));
        listeners.put("smpp.tls.port", Map.entry(smpp.host(), smpp.tlsPort() == null ? 0 : smpp.tlsPort()));
        listeners.put("http.port", Map.entry(desk.host(), desk.port()));
        Map<Integer, String> seen = new LinkedHashMap<>();
        for (Map.Entry<String, Map.Entry<String, Integer>> entry : listeners.entrySet()) {
            String key = entry.getKey();
            int port = entry.getValue().getValue();
            if (port == 0) {
                continue;
            }
            String other = seen.putIfAbsent(port, key);
            if (other != null) {
                throw new StartupFailure(other + " and " + key + " are both " + port + " (" + settings.origin(key)
                        + "): give each its own port.");
            }
            bind(settings, key, entry.getValue().getKey(), port);
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
