package kz.shamy.demo.internal;

import static kz.shamy.circle.internal.CircleCycleVariables.SESSION_ATTENDEES;
import static kz.shamy.circle.internal.CircleCycleVariables.SESSION_DATE;
import static kz.shamy.circle.internal.CircleCycleVariables.SESSION_NOTES;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.shamy.circle.CircleStarted;
import kz.shamy.circle.Circles;
import kz.shamy.demo.internal.DemoScript.CircleScript;
import kz.shamy.demo.internal.DemoScript.HeldWorkshopScript;
import kz.shamy.demo.internal.DemoScript.ProjectScript;
import kz.shamy.demo.internal.DemoScript.SessionScript;
import kz.shamy.demo.internal.DemoScript.WorkshopScript;
import kz.shamy.identity.People;
import kz.shamy.identity.Person;
import kz.shamy.programme.Programme;
import kz.shamy.programme.Schools;
import kz.shamy.programme.WorkshopPlan;
import kz.shamy.programme.Workshops;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * DEMO ONLY. A running circle year on top of the demo people ({@code shamy.demo-circles}, on unless set to
 * false): the induction workshops the circles' teachers attended before the year (recorded as held), an upcoming
 * induction workshop with pending invitations, each facilitator's circle started through
 * {@link Circles#startCycle}, its teachers' projects taken to different stages through their tasks, and the
 * circle sessions already held recorded (one teacher missed the last two, so the facilitator's dashboard alerts).
 * Everything after the held workshops goes through the processes, so the tables hold what Tasklist would have put
 * there. Does nothing when a scripted teacher is already in an open circle.
 */
@Component
@ConditionalOnProperty(name = "shamy.demo-circles", havingValue = "true", matchIfMissing = true)
public class DemoCircles {

    public static final ZoneId SCHOOL_ZONE = ZoneId.of("Asia/Almaty");
    /** Element ids in circle-cycle.bpmn: the session timer and the task it opens. */
    static final String SESSION_TIMER = "Timer_SessionDue";
    static final String RECORD_SESSION = "RecordCircleSession";

    private static final Logger log = LoggerFactory.getLogger(DemoCircles.class);

    private final ObjectMapper json;
    private final People people;
    private final Schools schools;
    private final Workshops workshops;
    private final Circles circles;
    private final DemoProjects projects;
    private final DemoTasks tasks;
    private final ManagementService management;

    DemoCircles(ObjectMapper json, People people, Schools schools, Workshops workshops, Circles circles,
            DemoProjects projects, DemoTasks tasks, ManagementService management) {
        this.json = json;
        this.people = people;
        this.schools = schools;
        this.workshops = workshops;
        this.circles = circles;
        this.projects = projects;
        this.tasks = tasks;
        this.management = management;
    }

    public void seed() {
        DemoScript script = DemoScript.load(json);
        boolean seeded = script.circles().stream().flatMap(c -> c.teachers().stream())
                .anyMatch(teacher -> circles.circleOf(teacher).isPresent());
        if (seeded) {
            log.info("Demo circles already running; nothing seeded");
            return;
        }
        LocalDate today = LocalDate.now(SCHOOL_ZONE);
        script.heldWorkshops().forEach(held -> recordHeldWorkshop(held, today));
        if (script.workshop() != null) {
            planWorkshop(script.workshop(), today);
        }
        for (CircleScript circle : script.circles()) {
            startCircle(circle, today);
        }
    }

    /** The school year (September to August) that today falls in, like "2026-2027". */
    public static String academicYear(LocalDate today) {
        int first = today.getMonthValue() >= Month.SEPTEMBER.getValue() ? today.getYear() : today.getYear() - 1;
        return first + "-" + (first + 1);
    }

    /** The circles' teachers attended an induction workshop before the year began, as the programme requires. */
    private void recordHeldWorkshop(HeldWorkshopScript held, LocalDate today) {
        LocalDate day1 = today.minusDays(held.day1DaysAgo());
        workshops.recordHeld(new WorkshopPlan(programmeId(), regionOf(held.attendees().get(0)), held.venue(), day1,
                day1.plusDays(1), day1.minusDays(7), held.attendees()));
        log.info("Demo induction workshop held on {} and {} at {}: attended by {}", day1, day1.plusDays(1),
                held.venue(), held.attendees());
    }

    private void planWorkshop(WorkshopScript workshop, LocalDate today) {
        Long regionId = regionOf(workshop.invitees().get(0));
        Long programmeId = programmeId();
        LocalDate day1 = today.plusDays(workshop.day1InDays());
        workshops.plan(new WorkshopPlan(programmeId, regionId, workshop.venue(), day1, day1.plusDays(1),
                today.plusDays(workshop.deadlineInDays()), workshop.invitees()));
        log.info("Demo induction workshop on {} and {} at {}: invited {}", day1, day1.plusDays(1), workshop.venue(),
                workshop.invitees());
    }

    private void startCircle(CircleScript script, LocalDate today) {
        Person facilitator = person(script.facilitator());
        CircleStarted started = circles.startCycle(facilitator.schoolId(), facilitator.username(),
                academicYear(today), script.teachers());
        List<String> stages = new ArrayList<>();
        for (ProjectScript project : script.projects()) {
            stages.add(project.teacher() + " [" + project.language() + "] at "
                    + projects.advance(started.processInstanceId(), project, today));
        }
        for (SessionScript session : script.sessions()) {
            recordSession(started.processInstanceId(), session, today);
        }
        log.info("Demo circle {} of {} ({}): {}, {} sessions recorded", started.circleId(), facilitator.username(),
                academicYear(today), String.join(", ", stages), script.sessions().size());
    }

    /** The session timer fires now instead of in two weeks; the facilitator then records the session. */
    private void recordSession(String circleProcessInstanceId, SessionScript session, LocalDate today) {
        Job timer = management.createJobQuery().processInstanceId(circleProcessInstanceId).activityId(SESSION_TIMER)
                .singleResult();
        management.executeJob(timer.getId());
        tasks.completeAsAssignee(tasks.openTask(circleProcessInstanceId, RECORD_SESSION), Map.of(
                SESSION_DATE, today.minusDays(session.daysAgo()).toString(),
                SESSION_ATTENDEES, String.join(", ", session.attendees()),
                SESSION_NOTES, session.notes()));
    }

    private Long regionOf(String username) {
        return schools.find(person(username).schoolId()).orElseThrow().regionId();
    }

    private Long programmeId() {
        return schools.programmes().stream().findFirst().map(Programme::id).orElse(null);
    }

    private Person person(String username) {
        return people.find(username)
                .orElseThrow(() -> new IllegalStateException("demo person " + username + " does not exist"));
    }
}
