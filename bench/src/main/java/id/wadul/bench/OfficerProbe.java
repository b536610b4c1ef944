package id.wadul.bench;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;
import org.jsmpp.bean.DeliverSm;

/**
 * Measures MO -> forwarded SMS on an officer's bind: the load client tells it when it sent each complaint
 * (whose text carries "Laporan &lt;index&gt;"), the officers' receiver bind tells it each deliver_sm. A
 * forward split into concatenated parts (UDH) counts when its last part arrives. Every forward counts, so
 * a complaint routed to two officers gives two figures.
 */
final class OfficerProbe implements LoadClient.DeliverListener, LoadRun.SendLog {

    static final String MARKER = "Laporan ";
    private static final Pattern MARKER_NUMBER = Pattern.compile("Laporan (\\d+)");
    private static final long MAX_MICROS = TimeUnit.MINUTES.toMicros(10);

    private final Map<Long, Long> sentAt = new ConcurrentHashMap<>();
    private final Map<String, String[]> partial = new HashMap<>();
    private final Set<Long> reached = ConcurrentHashMap.newKeySet();
    private final AtomicLong forwards = new AtomicLong();
    private final AtomicLong unmatched = new AtomicLong();
    private volatile long lastForwardNanos;
    private Histogram latency = new Histogram(MAX_MICROS, 3);

    @Override
    public void sent(long index, long nanos) {
        sentAt.put(index, nanos);
    }

    /** Forgets what was sent and seen so far: the next phase starts from zero. */
    synchronized void reset() {
        sentAt.clear();
        reached.clear();
        latency = new Histogram(MAX_MICROS, 3);
        forwards.set(0);
        unmatched.set(0);
    }

    synchronized Histogram latency() {
        return latency.copy();
    }

    long forwards() {
        return forwards.get();
    }

    /** Complaints of which at least one forward reached the officers' bind. */
    long complaintsReached() {
        return reached.size();
    }

    long unmatched() {
        return unmatched.get();
    }

    /** Waits until no forward arrived for {@code quietMillis}, at most {@code maxMillis}. */
    void awaitQuiet(long quietMillis, long maxMillis) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(maxMillis);
        lastForwardNanos = System.nanoTime();
        while (System.nanoTime() < end
                && System.nanoTime() - lastForwardNanos < TimeUnit.MILLISECONDS.toNanos(quietMillis)) {
            Thread.sleep(100);
        }
    }

    /** Called on the officers' client event loop (one thread). */
    @Override
    public void delivered(DeliverSm deliverSm, long nanos) {
        lastForwardNanos = nanos;
        byte[] body = deliverSm.getShortMessage() == null ? new byte[0] : deliverSm.getShortMessage();
        boolean udh = (deliverSm.getEsmClass() & 0x40) != 0 && body.length > 0;
        String text;
        if (udh) {
            int udhLength = (body[0] & 0xff) + 1;
            String part = decode(deliverSm.getDataCoding(), body, udhLength);
            text = addPart(deliverSm.getSourceAddr() + ">" + deliverSm.getDestAddress(), body, part);
            if (text == null) {
                return; // more parts to come
            }
        } else {
            text = decode(deliverSm.getDataCoding(), body, 0);
        }
        Matcher m = MARKER_NUMBER.matcher(text);
        long index = m.find() ? Long.parseLong(m.group(1)) : -1;
        Long sent = sentAt.get(index);
        if (sent == null) {
            unmatched.incrementAndGet(); // e.g. a forward of a warm-up complaint
            return;
        }
        forwards.incrementAndGet();
        reached.add(index);
        synchronized (this) {
            latency.recordValue(Math.min(MAX_MICROS, Math.max(0, nanos - sent) / 1000));
        }
    }

    /** Collects a concatenated part (IE 0x00 or 0x08); returns the whole text once every part is there. */
    private String addPart(String link, byte[] body, String part) {
        int udhEnd = (body[0] & 0xff) + 1;
        for (int i = 1; i + 1 < udhEnd; ) {
            int ie = body[i] & 0xff;
            int len = body[i + 1] & 0xff;
            if ((ie == 0x00 && len == 3) || (ie == 0x08 && len == 4)) {
                int ref = ie == 0x00 ? body[i + 2] & 0xff : (body[i + 2] & 0xff) << 8 | body[i + 3] & 0xff;
                int total = body[i + len] & 0xff;
                int seq = body[i + len + 1] & 0xff;
                String key = link + "#" + ref;
                String[] parts = partial.computeIfAbsent(key, k -> new String[total]);
                if (seq < 1 || seq > parts.length) {
                    return part;
                }
                parts[seq - 1] = part;
                for (String p : parts) {
                    if (p == null) {
                        return null;
                    }
                }
                partial.remove(key);
                return String.join("", parts);
            }
            i += 2 + len;
        }
        return part;
    }

    private static String decode(byte dataCoding, byte[] body, int from) {
        if (dataCoding == 8) {
            return new String(body, from, body.length - from, StandardCharsets.UTF_16BE);
        }
        // GSM 03.38 unpacked: letters, digits and space have their ASCII codes, which is all the marker needs
        return new String(body, from, body.length - from, StandardCharsets.ISO_8859_1);
    }
}
