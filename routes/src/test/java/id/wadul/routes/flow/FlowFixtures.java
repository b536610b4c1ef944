package id.wadul.routes.flow;

/** Opens the flow fixture for tests in other packages (the fixture itself is package-private). */
public final class FlowFixtures {

    private FlowFixtures() {
    }

    public static Handle open() {
        return new Handle(new FlowFixture());
    }

    /** What the route tests need of the fixture. */
    public static final class Handle implements AutoCloseable {

        private final FlowFixture f;

        Handle(FlowFixture f) {
            this.f = f;
        }

        public FlowTransactions handler() {
            return f.inbox;
        }

        public OutboxDispatcher dispatcher(id.wadul.gateway.OutboundSender sender) {
            return f.dispatcher(sender);
        }

        public long receive(String from, String text) {
            return f.receive(from, text);
        }

        public String state(long messageId) {
            return f.state(messageId);
        }

        public long ticketCount() {
            return f.outbox().stream().map(r -> r.ticketId()).filter(java.util.Objects::nonNull).distinct().count();
        }

        @Override
        public void close() {
            f.close();
        }
    }
}
