package kz.shamy.circle.internal;

import java.util.List;
import java.util.Map;
import kz.shamy.shared.InvalidRequest;

/**
 * A circle was to start with teachers who have not attended both days of an induction workshop: the
 * programme inducts teachers before a facilitator takes them into a circle. Nothing is saved or started.
 */
public class TeachersNotInducted extends InvalidRequest {

    static final String MESSAGE_KEY = "circle.start.notInducted";

    public TeachersNotInducted(List<String> teachers) {
        super(CircleCycleVariables.TEACHER_IDS, "these teachers have not attended both days of an induction workshop"
                + " and cannot join a circle yet: " + String.join(", ", teachers), MESSAGE_KEY,
                new Object[] {String.join(", ", teachers)}, Map.of("notInducted", List.copyOf(teachers)));
    }
}
