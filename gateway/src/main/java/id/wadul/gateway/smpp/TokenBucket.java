package id.wadul.gateway.smpp;

/** Rate limit for one account: {@code ratePerSecond} tokens a second, bursts up to one second's worth. */
final class TokenBucket {

    private final double ratePerNano;
    private final double capacity;
    private double tokens;
    private long lastRefill;

    TokenBucket(int ratePerSecond) {
        this.capacity = Math.max(1, ratePerSecond);
        this.ratePerNano = ratePerSecond / 1e9;
        this.tokens = capacity;
        this.lastRefill = System.nanoTime();
    }

    synchronized boolean tryAcquire() {
        long now = System.nanoTime();
        tokens = Math.min(capacity, tokens + (now - lastRefill) * ratePerNano);
        lastRefill = now;
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }
}
