package kz.shamy.workflow.engine;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.shamy.workflow.ModelParsing;
import kz.shamy.workflow.internal.DeploymentRejected;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.impl.bpmn.deployer.BpmnDeployer;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * {@link ModelParsing} with the engine's own BPMN parser — the one its deployer uses, with Shamy's parse listeners
 * — run inside a command context on a deployment that is never saved, so nothing is deployed. The engine stops at
 * the first parse that has errors and reports them with the element ids they concern.
 */
@Component
class EngineModelParsing implements ModelParsing {

    private final ObjectProvider<ProcessEngine> engine;

    EngineModelParsing(ObjectProvider<ProcessEngine> engine) {
        this.engine = engine;
    }

    @Override
    public List<ParseProblem> parseBpmn(String resourceName, byte[] content) {
        ProcessEngineConfigurationImpl engine =
                (ProcessEngineConfigurationImpl) this.engine.getObject().getProcessEngineConfiguration();
        BpmnParser parser = bpmnParser(engine);
        Command<List<ParseProblem>> parse = commandContext -> {
            try {
                parser.createParse().sourceInputStream(new ByteArrayInputStream(content))
                        .deployment(new DeploymentEntity()).name(resourceName).execute();
                return List.of();
            } catch (ParseException e) {
                return problems(e);
            }
        };
        try {
            return engine.getCommandExecutorTxRequired().execute(parse);
        } catch (RuntimeException e) {
            // the parser gave up without a report (e.g. unreadable XML): its message is all there is
            return List.of(new ParseProblem(null, "error", e.getMessage()));
        }
    }

    @Override
    public Optional<String> formProblem(String resourceName, byte[] content) {
        try {
            DeploymentCheck.checkForm(resourceName, content);
            return Optional.empty();
        } catch (DeploymentRejected e) {
            return Optional.of(e.getMessage());
        }
    }

    private static BpmnParser bpmnParser(ProcessEngineConfigurationImpl engine) {
        for (Deployer deployer : engine.getDeployers()) {
            if (deployer instanceof BpmnDeployer bpmn) {
                return bpmn.getBpmnParser();
            }
        }
        throw new IllegalStateException("the engine has no BPMN deployer");
    }

    private static List<ParseProblem> problems(ParseException e) {
        List<ParseProblem> problems = new ArrayList<>();
        for (ResourceReport report : e.getResorceReports()) {
            report.getErrors().forEach(problem -> problems.add(problem(problem, "error")));
            report.getWarnings().forEach(problem -> problems.add(problem(problem, "warning")));
        }
        if (problems.isEmpty()) {
            problems.add(new ParseProblem(null, "error", e.getMessage()));
        }
        return problems;
    }

    private static ParseProblem problem(Problem problem, String severity) {
        String elementId = problem.getMainElementId();
        if (elementId == null && problem.getElementIds() != null && !problem.getElementIds().isEmpty()) {
            elementId = problem.getElementIds().get(0);
        }
        String where = problem.getLine() > 0 ? " (line " + problem.getLine() + ", column " + problem.getColumn() + ")"
                : "";
        return new ParseProblem(elementId, severity, problem.getMessage() + where);
    }
}
