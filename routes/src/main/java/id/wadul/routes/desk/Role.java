package id.wadul.routes.desk;

import java.util.Locale;
import java.util.Optional;

/** What a desk account may do: an operator logs calls for their station, an admin also manages that station's accounts. */
public enum Role {
    OPERATOR, ADMIN;

    public static Optional<Role> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
