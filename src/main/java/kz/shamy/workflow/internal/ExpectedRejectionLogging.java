package kz.shamy.workflow.internal;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

/**
 * A person typing an invalid value is not a server error: the engine logs every exception a command
 * throws at ERROR with its stack trace, so this drops those lines when the exception is one of Shamy's
 * rejections (the REST handlers answer 400 and log one INFO line instead). Every other engine error
 * is logged as before.
 */
@Component
class ExpectedRejectionLogging extends TurboFilter {

    /** Joins logback's filters while the application runs (one application, one filter, even with many contexts). */
    @PostConstruct
    void register() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.addTurboFilter(this);
            start();
        }
    }

    /** Leaves them when it stops, so a closed application leaves nothing behind in the JVM's logging. */
    @PreDestroy
    void unregister() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.getTurboFilterList().remove(this);
        }
        stop();
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
            Throwable thrown) {
        if (level != Level.ERROR || logger == null || !logger.getName().startsWith("org.camunda.bpm.engine")) {
            return FilterReply.NEUTRAL;
        }
        Throwable cause = thrown;
        if (cause == null && params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last) {
            cause = last;
        }
        return cause != null && ShamyRejections.isRejection(cause) ? FilterReply.DENY : FilterReply.NEUTRAL;
    }
}
