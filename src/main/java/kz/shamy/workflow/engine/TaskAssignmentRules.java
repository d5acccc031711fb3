package kz.shamy.workflow.engine;

import java.util.ArrayList;
import kz.shamy.identity.People;
import kz.shamy.identity.PersonRoles;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Who holds a task, enforced once for every task of every process: assignees work their tasks and do not
 * administer them, and task grants follow the assignee ({@link AssigneeAuthorizations}); every later change of
 * assignee passes one rule ({@link AssignmentRule}, added as an {@code assignment} listener to every user task
 * when a process definition is parsed); an assignment that passed it is announced as a
 * {@link kz.shamy.workflow.TaskAssigned}
 * event ({@link TaskAssignedPublisher}, the next {@code assignment} listener).
 */
@Component
class TaskAssignmentRules extends AbstractProcessEnginePlugin {

    private final ObjectProvider<PersonRoles> roles;
    private final TaskListener assignmentRule;
    private final TaskListener assignedPublisher;

    TaskAssignmentRules(ObjectProvider<People> people, ObjectProvider<PersonRoles> roles,
            ObjectProvider<ApplicationEventPublisher> events) {
        this.roles = roles;
        this.assignmentRule = new AssignmentRule(people);
        this.assignedPublisher = new TaskAssignedPublisher(events);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setResourceAuthorizationProvider(new AssigneeAuthorizations(roles));
        configuration.setDefaultUserPermissionNameForTask(TaskPermissions.TASK_WORK.getName());
        // writing a task's or an instance's variables needs UPDATE_VARIABLE, which only administrators hold
        configuration.setEnforceSpecificVariablePermission(true);
        // a task's holder reads their task's history (HISTORIC_TASK READ, granted with the task): Tasklist's
        // "Add Comment" and History tab ask for it, and without it answer "No task found"
        configuration.setEnableHistoricInstancePermissions(true);
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
                    userTask.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, assignmentRule);
                    userTask.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_ASSIGNMENT,
                            assignedPublisher);
                }
            }
        });
    }
}
