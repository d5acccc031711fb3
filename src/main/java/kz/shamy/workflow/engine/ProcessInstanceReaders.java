package kz.shamy.workflow.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A process instance is readable by the people it is about: when an instance of any process starts with a
 * {@code teacherId} or {@code facilitatorId} variable (usernames, the processes' convention), those users
 * get {@code READ} on that instance, so a teacher reads their own development work and certification and
 * their facilitator reads their circle's, through {@code /engine-rest/process-instance} and its variables,
 * and nobody else's. The engine deletes an instance's authorizations when the instance ends. History stays
 * with administrators.
 */
@Component
@Order(1)
class ProcessInstanceReaders extends AbstractProcessEnginePlugin {

    /** Variables that name, at the start of an instance, who may read it. */
    static final List<String> READER_VARIABLES = List.of("teacherId", "facilitatorId");

    private static final ExecutionListener GRANT_READERS = ProcessInstanceReaders::grantReaders;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element process, ProcessDefinitionEntity definition) {
                // built in, so it runs even when an administrator starts an instance skipping custom listeners
                definition.addBuiltInListener(ExecutionListener.EVENTNAME_START, GRANT_READERS);
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    private static void grantReaders(DelegateExecution execution) {
        Set<String> readers = new LinkedHashSet<>();
        for (String variable : READER_VARIABLES) {
            if (execution.getVariable(variable) instanceof String username && !username.isBlank()) {
                readers.add(username);
            }
        }
        for (String username : readers) {
            AuthorizationEntity read = new AuthorizationEntity(Authorization.AUTH_TYPE_GRANT);
            read.setResource(Resources.PROCESS_INSTANCE);
            read.setResourceId(execution.getProcessInstanceId());
            read.setUserId(username);
            read.addPermission(Permissions.READ);
            // the engine's own manager, not AuthorizationService: the starter need not hold CREATE on authorizations
            Context.getCommandContext().getAuthorizationManager().insert(read);
        }
    }
}
