package id.wadul.gateway.smpp;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.LoggerFactory;

/**
 * Collects what the gateway logs when something broke on its side: every ERROR, and a session closed after
 * an exception. Meanwhile the lines a fuzz provokes by the thousand (each refused bind, each undecodable
 * body, each eviction) are turned down, and restored on close.
 */
final class ErrorLogWatch extends AppenderBase<ILoggingEvent> implements AutoCloseable {

    private static final Map<String, Level> QUIET = Map.of(
            InboundMessages.class.getName(), Level.ERROR,
            BindHandler.class.getName(), Level.ERROR,
            SmppFrameDecoder.class.getName(), Level.ERROR,
            Reassembly.class.getName(), Level.WARN);

    private final Logger gateway = (Logger) LoggerFactory.getLogger("id.wadul.gateway");
    private final Map<String, Level> previous = new HashMap<>();
    private final List<String> errors = new CopyOnWriteArrayList<>();

    ErrorLogWatch() {
        QUIET.forEach((name, level) -> {
            Logger logger = (Logger) LoggerFactory.getLogger(name);
            previous.put(name, logger.getLevel());
            logger.setLevel(level);
        });
        setContext(gateway.getLoggerContext());
        start();
        gateway.addAppender(this);
    }

    @Override
    protected void append(ILoggingEvent event) {
        String message = event.getFormattedMessage();
        if (event.getLevel().isGreaterOrEqual(Level.ERROR) || message.contains("after error")) {
            errors.add(event.getLoggerName() + ": " + message
                    + (event.getThrowableProxy() == null ? "" : " " + event.getThrowableProxy().getClassName()));
        }
    }

    List<String> errors() {
        return List.copyOf(errors);
    }

    @Override
    public void close() {
        gateway.detachAppender(this);
        stop();
        previous.forEach((name, level) -> ((Logger) LoggerFactory.getLogger(name)).setLevel(level));
    }
}
