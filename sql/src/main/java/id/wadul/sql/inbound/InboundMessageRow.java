package id.wadul.sql.inbound;

import java.time.Instant;

/** A row of {@code inbound_message}: one SMS as received, with its handling state. */
public class InboundMessageRow {

    private long id;
    private String account;
    private String source;
    private String destination;
    private String text;
    private int dataCoding;
    private int totalParts;
    private boolean incomplete;
    private String dedupeKey;
    private Instant receivedAt;
    private InboundState state;
    private Instant handledAt; // null until HANDLED

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public String getAccount() {
        return account;
    }

    public void setAccount(String account) {
        this.account = account;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getDestination() {
        return destination;
    }

    public void setDestination(String destination) {
        this.destination = destination;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public int getDataCoding() {
        return dataCoding;
    }

    public void setDataCoding(int dataCoding) {
        this.dataCoding = dataCoding;
    }

    public int getTotalParts() {
        return totalParts;
    }

    public void setTotalParts(int totalParts) {
        this.totalParts = totalParts;
    }

    public boolean isIncomplete() {
        return incomplete;
    }

    public void setIncomplete(boolean incomplete) {
        this.incomplete = incomplete;
    }

    public String getDedupeKey() {
        return dedupeKey;
    }

    public void setDedupeKey(String dedupeKey) {
        this.dedupeKey = dedupeKey;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public void setReceivedAt(Instant receivedAt) {
        this.receivedAt = receivedAt;
    }

    public InboundState getState() {
        return state;
    }

    public void setState(InboundState state) {
        this.state = state;
    }

    public Instant getHandledAt() {
        return handledAt;
    }

    public void setHandledAt(Instant handledAt) {
        this.handledAt = handledAt;
    }

    @Override
    public String toString() {
        return "InboundMessageRow[id=" + id + ", account=" + account + ", destination=" + destination
                + ", parts=" + totalParts + ", state=" + state + ", receivedAt=" + receivedAt + "]";
    }

}
