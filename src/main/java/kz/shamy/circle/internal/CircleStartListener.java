package kz.shamy.circle.internal;

import kz.shamy.circle.Circle;
import kz.shamy.circle.Circles;
import static kz.shamy.circle.internal.CircleCycleVariables.CIRCLE_ID;
import static kz.shamy.circle.internal.CircleCycleVariables.FACILITATOR_ID;
import static kz.shamy.circle.internal.CircleCycleVariables.SESSION_CYCLE;
import static kz.shamy.circle.internal.CircleCycleVariables.TEACHER_IDS;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import kz.shamy.workflow.ProcessStartRejected;
import kz.shamy.workflow.JsonLists;
import kz.shamy.workflow.TimerCycles;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Guards the start of circle-cycle, however it is started (Circles.startCycle or the engine REST API):
 * circleId must name an open circle no process runs yet, facilitatorId its facilitator and teacherIds
 * exactly its teachers, each of them inducted (both days of an induction workshop). Otherwise
 * {@link ProcessStartRejected} and nothing starts. Fills sessionCycle from {@code shamy.circle-session-cycle}
 * when the starter gave none, and ties the circle to the instance.
 */
@Component("validateCircleStart")
class CircleStartListener implements ExecutionListener {

    private final Circles circles;
    private final String defaultSessionCycle;

    CircleStartListener(Circles circles, @Value("${shamy.circle-session-cycle:R/P14D}") String defaultSessionCycle) {
        this.circles = circles;
        this.defaultSessionCycle = defaultSessionCycle;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Circle circle = circle(execution.getVariable(CIRCLE_ID));
        Object facilitatorId = execution.getVariable(FACILITATOR_ID);
        if (!circle.facilitatorId().equals(facilitatorId)) {
            throw new ProcessStartRejected(FACILITATOR_ID + " '" + facilitatorId + "' is not the facilitator of circle "
                    + circle.id());
        }
        List<String> teacherIds = teacherIds(execution.getVariable(TEACHER_IDS));
        if (!new TreeSet<>(teacherIds).equals(new TreeSet<>(circles.teachersOf(circle.id())))
                || new TreeSet<>(teacherIds).size() != teacherIds.size()) {
            throw new ProcessStartRejected(TEACHER_IDS + " must list each teacher of circle " + circle.id()
                    + " once: " + circles.teachersOf(circle.id()));
        }
        List<String> notInducted = circles.notInducted(teacherIds);
        if (!notInducted.isEmpty()) {
            throw new ProcessStartRejected(new TeachersNotInducted(notInducted).getMessage());
        }
        execution.setVariable(CIRCLE_ID, circle.id());
        execution.setVariable(TEACHER_IDS, JsonLists.of(teacherIds));
        execution.setVariable(SESSION_CYCLE, sessionCycle(execution.getVariable(SESSION_CYCLE)));
        circles.attachProcess(circle.id(), execution.getProcessInstanceId());
    }

    private Circle circle(Object value) {
        if (!(value instanceof Number number)) {
            throw new ProcessStartRejected(CIRCLE_ID + " (a number) is required");
        }
        Circle circle = circles.find(number.longValue())
                .orElseThrow(() -> new ProcessStartRejected("circle " + value + " does not exist"));
        if (!circle.isOpen() || circle.processInstanceId() != null) {
            throw new ProcessStartRejected("circle " + value + " is closed or its cycle is already running");
        }
        return circle;
    }

    /** A Java list, or a JSON array when the engine REST API started the process. */
    private static List<String> teacherIds(Object value) {
        List<String> teacherIds = new ArrayList<>();
        if (value instanceof Collection<?> values) {
            values.forEach(v -> teacherIds.add(v instanceof String s ? s : null));
        } else if (value instanceof SpinJsonNode json && json.isArray()) {
            json.elements().forEach(e -> teacherIds.add(e.isString() ? e.stringValue() : null));
        } else {
            throw new ProcessStartRejected(TEACHER_IDS + " (a list of usernames) is required");
        }
        if (teacherIds.isEmpty() || teacherIds.contains(null)) {
            throw new ProcessStartRejected(TEACHER_IDS + " must be a non-empty list of usernames");
        }
        return teacherIds;
    }

    private String sessionCycle(Object value) {
        String cycle = value == null || value.toString().isBlank() ? defaultSessionCycle : value.toString().trim();
        if (!TimerCycles.repeats(cycle)) {
            throw new ProcessStartRejected(SESSION_CYCLE + " must be an ISO 8601 repeating interval like R/P14D, not '"
                    + cycle + "'");
        }
        return cycle;
    }
}
