package kz.shamy.workflow.internal;

import kz.shamy.workflow.TaskInputRejected;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

class ExpectedRejectionLoggingTests {

    private final ExpectedRejectionLogging filter = new ExpectedRejectionLogging();
    private final LoggerContext context = new LoggerContext();

    @Test
    void dropsTheEnginesErrorLineForARejectedFormWrappedByTheEngine() {
        Throwable wrapped = new ProcessEngineException("ENGINE-03051 listener failed", new TaskInputRejected("bad value"));

        assertThat(decide("org.camunda.bpm.engine.context", Level.ERROR, null, wrapped)).isEqualTo(FilterReply.DENY);
        assertThat(decide("org.camunda.bpm.engine.context", Level.ERROR, wrapped, null)).isEqualTo(FilterReply.DENY);
    }

    @Test
    void keepsEveryOtherEngineErrorAndOtherLoggers() {
        Throwable failure = new ProcessEngineException("database is down");

        assertThat(decide("org.camunda.bpm.engine.context", Level.ERROR, null, failure)).isEqualTo(FilterReply.NEUTRAL);
        assertThat(decide("kz.shamy.circle", Level.ERROR, null, new TaskInputRejected("x"))).isEqualTo(FilterReply.NEUTRAL);
        assertThat(decide("org.camunda.bpm.engine.context", Level.WARN, null, new TaskInputRejected("x")))
                .isEqualTo(FilterReply.NEUTRAL);
    }

    @Test
    void joinsLogbackWhileTheApplicationRunsAndLeavesWhenItStops() {
        LoggerContext logback = (LoggerContext) org.slf4j.LoggerFactory.getILoggerFactory();
        ExpectedRejectionLogging running = new ExpectedRejectionLogging();

        running.register();
        assertThat(logback.getTurboFilterList()).contains(running);
        running.unregister();
        assertThat(logback.getTurboFilterList()).doesNotContain(running);
        assertThat(running.isStarted()).isFalse();
    }

    @Test
    void joinsLogbackWithTheApplicationAndLeavesWhenTheApplicationCloses() {
        LoggerContext logback = (LoggerContext) org.slf4j.LoggerFactory.getILoggerFactory();
        ExpectedRejectionLogging filter;
        try (AnnotationConfigApplicationContext application =
                new AnnotationConfigApplicationContext(ExpectedRejectionLogging.class)) {
            filter = application.getBean(ExpectedRejectionLogging.class);
            assertThat(logback.getTurboFilterList()).contains(filter);
            assertThat(filter.isStarted()).isTrue();
        }
        assertThat(logback.getTurboFilterList()).doesNotContain(filter);
        assertThat(filter.isStarted()).isFalse();
    }

    private FilterReply decide(String logger, Level level, Throwable thrown, Throwable lastParameter) {
        Object[] params = lastParameter == null ? new Object[0] : new Object[] {"context", lastParameter};
        return filter.decide(null, context.getLogger(logger), level, "{} {}", params, thrown);
    }
}
