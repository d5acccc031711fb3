package kz.shamy.modeler.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Shamy's own rules for a process, on top of the engine's parse: expressions name Shamy's beans
 * ({@code shamy/bean}), user tasks have a form deployed with the process whose fields the task's listeners know
 * ({@code shamy/form}, {@link TaskFormRule}), executable processes keep {@code historyTimeToLive}
 * ({@code shamy/history-ttl}) and assignments use only Shamy's relations ({@code shamy/assignment},
 * {@link AssignmentExpressions}).
 */
@Component
class ShamyBpmnRules {

    static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

    /** {@code ${name}}, {@code ${name.method(...)}} or {@code #{...}}: the bean is the name the expression starts with. */
    private static final Pattern EXPRESSION = Pattern.compile("^\\s*[$#]\\{\\s*([A-Za-z_][A-Za-z0-9_]*)(.*)}\\s*$",
            Pattern.DOTALL);

    private final ApplicationContext context;
    private final TaskFormRule formRule;
    private final AssignmentExpressions assignmentRule;

    ShamyBpmnRules(ApplicationContext context, TaskFormRule formRule, AssignmentExpressions assignmentRule) {
        this.context = context;
        this.formRule = formRule;
        this.assignmentRule = assignmentRule;
    }

    List<ModelProblem> check(Document document, Map<String, byte[]> formsById) {
        List<ModelProblem> problems = new ArrayList<>();
        NodeList all = document.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (BPMN.equals(element.getNamespaceURI())) {
                beans(element, element.getAttributeNS(CAMUNDA, "class"), element.getAttributeNS(CAMUNDA,
                        "delegateExpression"), element.getAttributeNS(CAMUNDA, "expression"), problems);
                switch (element.getLocalName()) {
                    case "process" -> historyTimeToLive(element, problems);
                    case "userTask" -> {
                        problems.addAll(formRule.check(element, formsById));
                        problems.addAll(assignmentRule.check(element));
                    }
                    case "startEvent" -> problems.addAll(formRule.checkStartForm(element, formsById));
                    case "multiInstanceLoopCharacteristics" ->
                            reading(element, element.getAttributeNS(CAMUNDA, "collection"), "collection", problems);
                    default -> {
                    }
                }
            } else if (CAMUNDA.equals(element.getNamespaceURI())
                    && ("in".equals(element.getLocalName()) || "out".equals(element.getLocalName()))) {
                reading(element, element.getAttribute("sourceExpression"), "sourceExpression", problems);
                reading(element, element.getAttribute("businessKey"), "businessKey", problems);
            } else if (CAMUNDA.equals(element.getNamespaceURI())
                    && ("executionListener".equals(element.getLocalName())
                    || "taskListener".equals(element.getLocalName()))) {
                beans(element, element.getAttribute("class"), element.getAttribute("delegateExpression"),
                        element.getAttribute("expression"), problems);
                if (element.getElementsByTagNameNS(CAMUNDA, "script").getLength() > 0) {
                    problems.add(ModelProblem.error(idOf(element), "shamy/bean", "a script " + element.getLocalName()
                            + " is not one of Shamy's building blocks; use delegateExpression=\"${bean}\""));
                }
            }
        }
        return problems;
    }

    private void beans(Element element, String javaClass, String delegateExpression, String expression,
            List<ModelProblem> problems) {
        String where = element.getLocalName();
        if (!javaClass.isEmpty()) {
            problems.add(ModelProblem.error(idOf(element), "shamy/bean", where + " names the Java class " + javaClass
                    + "; Shamy's processes call beans: use delegateExpression=\"${bean}\""));
        }
        if (!delegateExpression.isEmpty()) {
            bean(element, delegateExpression, "delegateExpression", problems);
        }
        if (!expression.isEmpty()) {
            bean(element, expression, "expression", problems);
        }
    }

    private void bean(Element element, String expression, String attribute, List<ModelProblem> problems) {
        Matcher matcher = EXPRESSION.matcher(expression);
        if (!matcher.matches()) {
            problems.add(ModelProblem.error(idOf(element), "shamy/bean", element.getLocalName() + "'s " + attribute
                    + " \"" + expression + "\" is not an expression naming a bean, like ${bean}"));
        } else if (!context.containsBean(matcher.group(1))) {
            problems.add(ModelProblem.error(idOf(element), "shamy/bean", element.getLocalName() + "'s " + attribute
                    + " \"" + expression + "\" names \"" + matcher.group(1) + "\", which is not a bean Shamy has"));
        } else if ("delegateExpression".equals(attribute) && !matcher.group(2).isBlank()) {
            problems.add(ModelProblem.error(idOf(element), "shamy/bean", element.getLocalName() + "'s " + attribute
                    + " \"" + expression + "\" must name the bean alone, like ${" + matcher.group(1) + "}"));
        }
    }

    /**
     * An expression that reads a value (a call activity's mappings, a multi-instance collection): a variable alone
     * ({@code ${teacherIds}}), or a call on a bean or on the engine's {@code execution}
     * ({@code ${certificationCandidates.teachers(execution)}}, {@code #{execution.processBusinessKey}}).
     */
    private void reading(Element element, String expression, String attribute, List<ModelProblem> problems) {
        Matcher matcher = EXPRESSION.matcher(expression);
        if (expression.isBlank() || !matcher.matches() || matcher.group(2).isBlank()
                || "execution".equals(matcher.group(1)) || context.containsBean(matcher.group(1))) {
            return;
        }
        problems.add(ModelProblem.error(idOf(element), "shamy/bean", element.getLocalName() + "'s " + attribute
                + " \"" + expression + "\" calls \"" + matcher.group(1) + "\", which is not a bean Shamy has"));
    }

    private static void historyTimeToLive(Element process, List<ModelProblem> problems) {
        if ("true".equals(process.getAttribute("isExecutable"))
                && process.getAttributeNS(CAMUNDA, "historyTimeToLive").isBlank()) {
            problems.add(ModelProblem.error(process.getAttribute("id"), "shamy/history-ttl", "process "
                    + process.getAttribute("id") + " has no camunda:historyTimeToLive: its history would be kept for "
                    + "ever (Shamy's processes keep it 400 days)"));
        }
    }

    /** The id of the element, or of the nearest element around it that has one (a listener's task). */
    static String idOf(Element element) {
        for (org.w3c.dom.Node at = element; at instanceof Element e; at = at.getParentNode()) {
            if (BPMN.equals(e.getNamespaceURI()) && !e.getAttribute("id").isEmpty()) {
                return e.getAttribute("id");
            }
        }
        return null;
    }
}
