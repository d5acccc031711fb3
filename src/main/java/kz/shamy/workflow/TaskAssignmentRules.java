package kz.shamy.workflow;

import java.util.ArrayList;
import kz.shamy.identity.People;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Who holds a task, enforced once for every task of every process: task grants follow the assignee
 * ({@link AssigneeAuthorizations}) and delegation stays among peers ({@link DelegationRule}, added as an
 * {@code assignment} listener to every user task when a process definition is parsed).
 */
@Component
class TaskAssignmentRules extends AbstractProcessEnginePlugin {

    private final TaskListener delegationRule;

    TaskAssignmentRules(ObjectProvider<People> people) {
        this.delegationRule = new DelegationRule(people);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setResourceAuthorizationProvider(new AssigneeAuthorizations());
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
                    userTask.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, delegationRule);
                }
            }
        });
    }
}
