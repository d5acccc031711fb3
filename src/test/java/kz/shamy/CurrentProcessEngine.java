package kz.shamy;

import org.camunda.bpm.admin.Admin;
import org.camunda.bpm.admin.impl.DefaultAdminRuntimeDelegate;
import org.camunda.bpm.cockpit.Cockpit;
import org.camunda.bpm.cockpit.impl.DefaultCockpitRuntimeDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.tasklist.Tasklist;
import org.camunda.bpm.tasklist.impl.DefaultTasklistRuntimeDelegate;
import org.camunda.bpm.welcome.Welcome;
import org.camunda.bpm.welcome.impl.DefaultWelcomeRuntimeDelegate;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Makes the running test's engine the one Camunda's webapps and engine REST API reach. They find the engine by name
 * in Camunda's static registry, which holds one engine per name for the whole JVM; a test suite keeps many
 * application contexts (each with its engine "default") alive, and closing one (evicted from Spring's context
 * cache, or dirtied) removes "default" from the registry whichever engine it pointed at. So before each test the
 * test's own engine is registered again. The webapps' runtime delegates (Cockpit, Tasklist, Admin, Welcome) are
 * JVM-wide too: each webapp sets its delegate when a context starts and clears it when one closes, so a context
 * started before another was closed would answer 500 from the webapps; a cleared delegate is set again, as the
 * webapp's start does. One application in production has one engine; this is the tests' concern.
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
            testContext.getApplicationContext().getBeanProvider(ProcessEngine.class).ifAvailable(engine -> {
                ProcessEngines.registerProcessEngine(engine);
                webappsReachEngines();
            });
        }
    }

    private static void webappsReachEngines() {
        if (Cockpit.getRuntimeDelegate() == null) {
            Cockpit.setCockpitRuntimeDelegate(new DefaultCockpitRuntimeDelegate());
        }
        if (Tasklist.getRuntimeDelegate() == null) {
            Tasklist.setTasklistRuntimeDelegate(new DefaultTasklistRuntimeDelegate());
        }
        if (Admin.getRuntimeDelegate() == null) {
            Admin.setAdminRuntimeDelegate(new DefaultAdminRuntimeDelegate());
        }
        if (Welcome.getRuntimeDelegate() == null) {
            Welcome.setRuntimeDelegate(new DefaultWelcomeRuntimeDelegate());
        }
    }
}
