package id.wadul.gateway.config;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * One SMPP account (a link's system_id). The password is kept only as a SHA-256 digest; configure either
 * the plain password or {@code sha256:<hex digest>}.
 *
 * @param maxBinds concurrent binds allowed for this system_id
 * @param maxTps   inbound messages per second over all its binds (token bucket, burst = maxTps)
 * @param window   unanswered inbound requests allowed per bind
 */
public record Account(String systemId, byte[] passwordDigest, List<Cidr> allowedCidrs, int maxBinds, int maxTps,
                      int window) {

    public Account {
        allowedCidrs = List.copyOf(allowedCidrs);
        passwordDigest = passwordDigest.clone();
    }

    /** Builds the digest from a configured value: plain text or {@code sha256:<hex>}. */
    public static byte[] digestOf(String configured) {
        if (configured.startsWith("sha256:")) {
            return HexFormat.of().parseHex(configured.substring("sha256:".length()));
        }
        return sha256(configured);
    }

    /** Constant-time comparison (both sides are digests of equal length). */
    public boolean passwordMatches(String presented) {
        return MessageDigest.isEqual(passwordDigest, sha256(presented == null ? "" : presented));
    }

    public boolean allows(InetAddress address) {
        return allowedCidrs.stream().anyMatch(c -> c.matches(address));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    @Override
    public String toString() {
        return "Account[" + systemId + ", binds=" + maxBinds + ", tps=" + maxTps + ", window=" + window
                + ", cidrs=" + allowedCidrs + "]";
    }
}
