package kz.shamy.web.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import kz.shamy.circle.Circle;
import kz.shamy.circle.Circles;
import kz.shamy.circle.DevelopmentProject;
import kz.shamy.circle.DevelopmentProjects;
import kz.shamy.circle.ProjectStage;
import kz.shamy.identity.People;
import kz.shamy.identity.Person;
import kz.shamy.identity.Role;
import kz.shamy.programme.School;
import kz.shamy.programme.Schools;
import org.springframework.stereotype.Component;

/**
 * What the home page draws: each teacher's place on the method's ladder of stages, read from Shamy's
 * tables (never from the engine). A teacher sees their own row, a facilitator their circles, an
 * administrator every open circle; assessors and staff see none.
 */
@Component
class StageBoard {

    /** One circle with a row per teacher. */
    record CircleRows(Circle circle, String schoolName, List<Row> rows) {
    }

    /** One teacher's place: {@code stage} is null before their project has started. */
    record Row(String username, String displayName, ProjectStage stage) {

        public int done() {
            return stage == null ? 0 : stage.stagesCompleted();
        }

        public boolean isDone(ProjectStage step) {
            return stage != null && step.ordinal() < stage.ordinal();
        }

        public boolean isCurrent(ProjectStage step) {
            return stage == step;
        }
    }

    private static final Comparator<DevelopmentProject> STARTED = Comparator.comparing(DevelopmentProject::startedAt,
            Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(DevelopmentProject::id);

    /** The stages drawn as steps, in the method's order. */
    static final List<ProjectStage> STEPS = Arrays.asList(ProjectStage.values());

    private final Circles circles;
    private final DevelopmentProjects projects;
    private final People people;
    private final Schools schools;

    StageBoard(Circles circles, DevelopmentProjects projects, People people, Schools schools) {
        this.circles = circles;
        this.projects = projects;
        this.people = people;
        this.schools = schools;
    }

    List<CircleRows> of(Person viewer) {
        if (viewer == null) {
            return List.of();
        }
        List<CircleRows> board = new ArrayList<>();
        switch (viewer.role()) {
            case TEACHER -> circles.circleOf(viewer.username()).ifPresent(circle -> board.add(new CircleRows(circle,
                    schoolName(circle), List.of(row(viewer)))));
            case FACILITATOR -> circles.openCirclesOf(viewer.username()).forEach(c -> board.add(rows(c)));
            case ADMIN -> circles.openCircles().forEach(c -> board.add(rows(c)));
            default -> {
                // assessors, principals and staff follow no circle here
            }
        }
        return board;
    }

    /** One query for the circle's projects, not one per teacher: administrators see every open circle. */
    private CircleRows rows(Circle circle) {
        Map<String, DevelopmentProject> latest = new HashMap<>();
        for (DevelopmentProject project : projects.projectsOfCircle(circle.id())) {
            // a teacher who started again in the same circle: the later project is the one that counts
            latest.merge(project.teacher(), project, BinaryOperator.maxBy(STARTED));
        }
        List<Row> rows = new ArrayList<>();
        for (Person teacher : people.all(circles.teachersOf(circle.id()))) {
            if (teacher.role() == Role.TEACHER) {
                DevelopmentProject project = latest.get(teacher.username());
                rows.add(new Row(teacher.username(), teacher.displayName(),
                        project == null ? null : project.stage()));
            }
        }
        return new CircleRows(circle, schoolName(circle), rows);
    }

    private Row row(Person teacher) {
        return new Row(teacher.username(), teacher.displayName(),
                projects.stageOf(teacher.username()).orElse(null));
    }

    private String schoolName(Circle circle) {
        return schools.find(circle.schoolId()).map(School::name).orElse("");
    }
}
