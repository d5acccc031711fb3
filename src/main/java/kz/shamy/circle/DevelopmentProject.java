package kz.shamy.circle;

import java.time.Instant;
import java.time.LocalDate;

/** A teacher's development project and the stage it has reached, as other features see it. */
public record DevelopmentProject(
        Long id, String teacher, String facilitator, Long circleId, Long schoolId, String valuesStatement,
        String concern, String cultureReflection, String consultationNotes, ProjectStage stage,
        Instant stageChangedAt, Instant startedAt, Instant completedAt, String processInstanceId, String posterTitle,
        LocalDate posterPresentedOn) {

    /** Whether the person is the project's teacher or their facilitator. */
    public boolean involves(String username) {
        return username != null && (username.equals(teacher) || username.equals(facilitator));
    }
}
