package kz.shamy.modeler.internal;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.shamy.identity.Role;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * {@code shamy/assignment}: who a user task goes to comes from Shamy's tables, never from a variable a task's holder
 * could have written. A task's {@code camunda:assignee}, {@code candidateUsers} and {@code candidateGroups} may be
 * <ul>
 * <li>one of Shamy's relations, read through the instance: {@code ${instancePeople.teacher(execution)}}
 *     ({@link #RELATIONS}: the beans circle and certification provide, each method taking the execution);</li>
 * <li>the element variable of a multi-instance around the task, like {@code ${attendeeId}}: the engine sets it
 *     from the collection for each instance;</li>
 * <li>for candidate groups, Shamy's groups by name ({@link Role#group()}), like {@code assessors}.</li>
 * </ul>
 */
@Component
class AssignmentExpressions {

    /** The beans that say who an instance concerns: circle's InstancePeople, certification's CasePeople. */
    static final Set<String> RELATIONS = Set.of("instancePeople", "casePeople");

    private static final Pattern RELATION = Pattern.compile(
            "^[$#]\\{\\s*([A-Za-z_]\\w*)\\.([A-Za-z_]\\w*)\\(\\s*execution\\s*\\)\\s*}$");
    private static final Pattern VARIABLE = Pattern.compile("^[$#]\\{\\s*([A-Za-z_]\\w*)\\s*}$");

    private final ApplicationContext context;

    AssignmentExpressions(ApplicationContext context) {
        this.context = context;
    }

    List<ModelProblem> check(Element userTask) {
        List<ModelProblem> problems = new ArrayList<>();
        for (String attribute : List.of("assignee", "candidateUsers", "candidateGroups")) {
            String value = userTask.getAttributeNS(ShamyBpmnRules.CAMUNDA, attribute).strip();
            if (!value.isEmpty()) {
                check(userTask, attribute, value).ifPresent(problems::add);
            }
        }
        return problems;
    }

    private Optional<ModelProblem> check(Element task, String attribute, String value) {
        String id = task.getAttribute("id");
        if (!value.contains("{")) {
            if ("candidateGroups".equals(attribute)) {
                for (String group : value.split("\\s*,\\s*")) {
                    if (!isGroup(group)) {
                        return problem(id, attribute, value, "\"" + group + "\" is not one of Shamy's groups "
                                + groups());
                    }
                }
                return Optional.empty();
            }
            return problem(id, attribute, value, "names a person outright; give the task to a relation, like "
                    + "${instancePeople.teacher(execution)}");
        }
        Matcher relation = RELATION.matcher(value);
        if (relation.matches()) {
            if (!RELATIONS.contains(relation.group(1))) {
                return problem(id, attribute, value, "\"" + relation.group(1) + "\" is not one of Shamy's relations "
                        + RELATIONS);
            }
            if (!hasRelation(relation.group(1), relation.group(2))) {
                return problem(id, attribute, value, relation.group(1) + " has no relation \"" + relation.group(2)
                        + "\"");
            }
            return Optional.empty();
        }
        Matcher variable = VARIABLE.matcher(value);
        if (variable.matches() && isElementVariable(task, variable.group(1))) {
            return Optional.empty();
        }
        return problem(id, attribute, value, "uses something other than Shamy's relations " + RELATIONS
                + " or the element variable of a multi-instance around the task; a process variable could be written "
                + "by whoever holds a task");
    }

    private boolean hasRelation(String bean, String method) {
        Class<?> type = context.containsBean(bean) ? context.getType(bean) : null;
        if (type == null) {
            return false;
        }
        for (Method candidate : type.getMethods()) {
            if (candidate.getName().equals(method) && candidate.getParameterCount() == 1
                    && candidate.getParameterTypes()[0].isAssignableFrom(DelegateExecution.class)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the task, or an activity around it, is a multi-instance with this element variable. */
    private static boolean isElementVariable(Element task, String name) {
        for (Node at = task; at instanceof Element element; at = at.getParentNode()) {
            for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element loop && ShamyBpmnRules.BPMN.equals(loop.getNamespaceURI())
                        && "multiInstanceLoopCharacteristics".equals(loop.getLocalName())
                        && name.equals(loop.getAttributeNS(ShamyBpmnRules.CAMUNDA, "elementVariable"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isGroup(String group) {
        for (Role role : Role.values()) {
            if (role.group().equals(group)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> groups() {
        return Arrays.stream(Role.values()).map(Role::group).toList();
    }

    private static Optional<ModelProblem> problem(String id, String attribute, String value, String why) {
        return Optional.of(ModelProblem.error(id, "shamy/assignment", "camunda:" + attribute + " \""
                + value + "\" " + why));
    }
}
