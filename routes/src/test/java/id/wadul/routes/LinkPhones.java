package id.wadul.routes;

import id.wadul.gateway.text.Gsm7;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.Session;

/**
 * The phones behind a test link: records every deliver_sm wadul sends on the bind, puts concatenated parts
 * back together, and files each whole SMS under its destination number.
 */
public final class LinkPhones implements MessageReceiverListener {

    private final Map<String, List<String>> byNumber = new HashMap<>();
    private final Map<String, String[]> partial = new HashMap<>();

    @Override
    public synchronized void onAcceptDeliverSm(DeliverSm sm) {
        byte[] data = sm.getShortMessage();
        int offset = 0;
        int total = 1;
        int seq = 1;
        String ref = "";
        if (sm.isUdhi()) {
            int udhl = data[0] & 0xff;
            if (data[1] == 0x00) {
                ref = String.valueOf(data[3] & 0xff);
                total = data[4] & 0xff;
                seq = data[5] & 0xff;
            } else if (data[1] == 0x08) {
                ref = String.valueOf(((data[3] & 0xff) << 8) | (data[4] & 0xff));
                total = data[5] & 0xff;
                seq = data[6] & 0xff;
            }
            offset = udhl + 1;
        }
        byte[] body = Arrays.copyOfRange(data, offset, data.length);
        String text = sm.getDataCoding() == 8 ? new String(body, StandardCharsets.UTF_16BE) : Gsm7.decode(body);
        String to = sm.getDestAddress();
        if (total == 1) {
            byNumber.computeIfAbsent(to, k -> new ArrayList<>()).add(text);
            return;
        }
        String key = to + "/" + ref;
        String[] parts = partial.computeIfAbsent(key, k -> new String[0]);
        if (parts.length != total) {
            parts = new String[total];
            partial.put(key, parts);
        }
        parts[seq - 1] = text;
        if (Arrays.stream(parts).allMatch(p -> p != null)) {
            partial.remove(key);
            byNumber.computeIfAbsent(to, k -> new ArrayList<>()).add(String.join("", parts));
        }
    }

    /** Whole SMS received for this number so far, in arrival order. */
    public synchronized List<String> to(String number) {
        return List.copyOf(byNumber.getOrDefault(number, List.of()));
    }

    synchronized Map<String, Integer> counts() {
        Map<String, Integer> counts = new HashMap<>();
        byNumber.forEach((k, v) -> counts.put(k, v.size()));
        return counts;
    }

    @Override
    public void onAcceptAlertNotification(AlertNotification alertNotification) {
    }

    @Override
    public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
        throw new ProcessRequestException("no data_sm", SMPPConstant.STAT_ESME_RINVCMDID);
    }
}
