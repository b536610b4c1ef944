package id.wadul.gateway.smpp;

import id.wadul.gateway.config.Account;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Every open session of the server, the bound ones per account (to enforce maxBinds and to pick a receiver
 * for outbound SMS, round robin) and each account's rate limiter. Shared by all event loops: synchronized.
 */
final class SessionRegistry {

    private final Set<SmppSession> open = ConcurrentHashMap.newKeySet();
    private final Map<String, List<SmppSession>> bound = new HashMap<>();
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final List<Consumer<SmppSession>> receiverListeners = new CopyOnWriteArrayList<>();
    private int roundRobin;

    void opened(SmppSession session) {
        open.add(session);
    }

    /** Registers a successful bind, or returns false when the account already has maxBinds binds. */
    synchronized boolean tryBind(SmppSession session, Account account) {
        List<SmppSession> sessions = bound.computeIfAbsent(account.systemId(), k -> new ArrayList<>());
        if (sessions.size() >= account.maxBinds()) {
            return false;
        }
        sessions.add(session);
        return true;
    }

    /** Tells listeners (the outbound sender) that a session able to take deliver_sm is ready. */
    void receiverReady(SmppSession session) {
        receiverListeners.forEach(l -> l.accept(session));
    }

    synchronized void closed(SmppSession session) {
        open.remove(session);
        if (session.account() != null) {
            List<SmppSession> sessions = bound.get(session.systemId());
            if (sessions != null) {
                sessions.remove(session);
            }
        }
    }

    /**
     * A bound RX/TRX session of one of the given accounts (the first account with one wins), or of any
     * account when the list is empty; round robin among candidates. Null when none is bound.
     */
    synchronized SmppSession pickReceiver(List<String> accounts) {
        List<String> order = accounts.isEmpty() ? new ArrayList<>(bound.keySet()) : accounts;
        List<SmppSession> candidates = new ArrayList<>();
        for (String account : order) {
            for (SmppSession s : bound.getOrDefault(account, List.of())) {
                if (s.state().canReceive() && s.channel.isActive()) {
                    candidates.add(s);
                }
            }
            if (!candidates.isEmpty() && !accounts.isEmpty()) {
                break;
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }
        roundRobin = (roundRobin + 1) & Integer.MAX_VALUE;
        return candidates.get(roundRobin % candidates.size());
    }

    TokenBucket bucket(Account account) {
        return buckets.computeIfAbsent(account.systemId(), k -> new TokenBucket(account.maxTps()));
    }

    void onReceiverReady(Consumer<SmppSession> listener) {
        receiverListeners.add(listener);
    }

    /** Sessions bound now, over all accounts. */
    synchronized int boundCount() {
        return bound.values().stream().mapToInt(List::size).sum();
    }

    List<SmppSession> openSessions() {
        return List.copyOf(open);
    }
}
