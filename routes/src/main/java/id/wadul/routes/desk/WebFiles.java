package id.wadul.routes.desk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The web server's pages, scripts and styles, read from the classpath (the desk's and the console's). */
public final class WebFiles {

    private WebFiles() {
    }

    /** The file at {@code path} (e.g. {@code /desk/desk.html}); a missing one is a packaging error. */
    public static byte[] read(String path) {
        byte[] body = readOrNull(path);
        if (body == null) {
            throw new IllegalStateException("web resource missing: " + path);
        }
        return body;
    }

    /** The file at {@code path}, or null when there is none. */
    public static byte[] readOrNull(String path) {
        try (InputStream in = WebFiles.class.getResourceAsStream(path)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
