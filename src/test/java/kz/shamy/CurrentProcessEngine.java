package kz.shamy;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Makes the running test's engine the one Camunda's webapps and engine REST API reach. They find the engine by name
 * in Camunda's static registry, which holds one engine per name for the whole JVM; a test suite keeps many
 * application contexts (each with its engine "default") alive, and closing one (evicted from Spring's context
 * cache, or dirtied) removes "default" from the registry whichever engine it pointed at. So before each test the
 * test's own engine is registered again. One application in production has one engine; this is the tests' concern.
 */
public class CurrentProcessEngine extends AbstractTestExecutionListener {

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        register(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        register(testContext);
    }

    private static void register(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(ProcessEngine.class)
                    .ifAvailable(ProcessEngines::registerProcessEngine);
        }
    }
}
