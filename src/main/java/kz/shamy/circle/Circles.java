package kz.shamy.circle;

import kz.shamy.circle.CircleClosed;
import kz.shamy.circle.DevelopmentWorkFinished;
import kz.shamy.circle.internal.CircleCycleVariables;
import kz.shamy.circle.internal.CircleEntry;
import kz.shamy.circle.internal.CircleMembership;
import kz.shamy.circle.internal.CircleMembershipRepository;
import kz.shamy.circle.internal.CircleRepository;
import kz.shamy.circle.internal.CircleSessionRepository;
import kz.shamy.circle.internal.NetworkEventRepository;
import kz.shamy.circle.internal.TeachersNotInducted;
import static kz.shamy.circle.internal.CircleCycleVariables.CIRCLE_ID;
import static kz.shamy.circle.internal.CircleCycleVariables.FACILITATOR_ID;
import static kz.shamy.circle.internal.CircleCycleVariables.PROCESS_KEY;
import static kz.shamy.circle.internal.CircleCycleVariables.TEACHER_IDS;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.shamy.identity.People;
import kz.shamy.identity.Role;
import kz.shamy.programme.Schools;
import kz.shamy.programme.Workshops;
import kz.shamy.shared.AcademicYear;
import kz.shamy.shared.InvalidRequest;
import kz.shamy.shared.NotFound;
import kz.shamy.workflow.JsonLists;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Professional learning circles: starting a school year's cycle, and what other features ask about it. */
@Service
@Transactional(readOnly = true)
public class Circles {

    private final CircleRepository circles;
    private final CircleMembershipRepository memberships;
    private final CircleSessionRepository sessions;
    private final NetworkEventRepository networkEvents;
    private final Schools schools;
    private final Workshops workshops;
    private final People people;
    private final RuntimeService runtimeService;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Circles(CircleRepository circles, CircleMembershipRepository memberships, CircleSessionRepository sessions,
            NetworkEventRepository networkEvents, Schools schools, Workshops workshops, People people,
            RuntimeService runtimeService, ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.circles = circles;
        this.memberships = memberships;
        this.sessions = sessions;
        this.networkEvents = networkEvents;
        this.schools = schools;
        this.workshops = workshops;
        this.people = people;
        this.runtimeService = runtimeService;
        this.events = events;
    }

    /**
     * Creates the circle and its memberships and starts its circle-cycle process, all in one transaction:
     * if any input is wrong an {@link InvalidRequest} names the field and nothing is saved or started. Every
     * teacher must have attended both days of an induction workshop ({@link TeachersNotInducted} names those
     * who have not).
     */
    @Transactional
    public CircleStarted startCycle(Long schoolId, String facilitatorId, String academicYear, List<String> teacherIds) {
        schools.require("schoolId", schoolId);
        people.require("facilitatorId", facilitatorId, Role.FACILITATOR);
        String year = AcademicYear.of("academicYear", academicYear).toString();
        requireFreeTeachers(teacherIds);
        requireInducted(teacherIds);

        CircleEntry circle = circles.save(new CircleEntry(schoolId, facilitatorId, year, clock.instant()));
        teacherIds.forEach(teacher -> memberships.save(new CircleMembership(circle.getId(), teacher)));

        Map<String, Object> variables = new HashMap<>();
        variables.put(CIRCLE_ID, circle.getId());
        variables.put(FACILITATOR_ID, facilitatorId);
        variables.put(TEACHER_IDS, JsonLists.of(teacherIds));
        String processInstanceId = runtimeService
                .startProcessInstanceByKey(PROCESS_KEY, "circle-" + circle.getId(), variables).getId();
        circle.attachProcess(processInstanceId);
        return new CircleStarted(circle.getId(), processInstanceId);
    }

    private void requireFreeTeachers(List<String> teacherIds) {
        if (teacherIds == null || teacherIds.isEmpty()) {
            throw new InvalidRequest("teacherIds", "teacherIds must name at least one teacher");
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String teacher : teacherIds) {
            people.require("teacherIds", teacher, Role.TEACHER);
            if (!seen.add(teacher)) {
                throw new InvalidRequest("teacherIds", "teacher '" + teacher + "' is listed twice");
            }
        }
        List<String> busy = circles.membersAmong(seen, CircleStatus.OPEN);
        if (!busy.isEmpty()) {
            throw new InvalidRequest("teacherIds", "teacher '" + busy.get(0) + "' is already in an open circle");
        }
    }

    /** The programme's rule: only teachers who attended both days of an induction workshop join a circle. */
    private void requireInducted(List<String> teacherIds) {
        List<String> notInducted = notInducted(teacherIds);
        if (!notInducted.isEmpty()) {
            throw new TeachersNotInducted(notInducted);
        }
    }

    /** Those of the teachers who have not attended both days of an induction workshop, in the order given. */
    public List<String> notInducted(List<String> teacherIds) {
        return workshops.notEligibleForCircles(teacherIds);
    }

    public Optional<Circle> find(Long circleId) {
        return circleId == null ? Optional.empty() : circles.findById(circleId).map(CircleEntry::view);
    }

    public Circle require(Long circleId) {
        return find(circleId).orElseThrow(() -> new NotFound("circle", circleId));
    }

    /** The open circle the teacher belongs to, if any. */
    public Optional<Circle> circleOf(String teacherId) {
        return circles.findOpenByTeacher(teacherId).map(CircleEntry::view);
    }

    /** The open circles this facilitator runs. */
    public List<Circle> openCirclesOf(String facilitatorId) {
        return circles.findByFacilitatorIdAndStatusOrderByAcademicYearDescIdAsc(facilitatorId, CircleStatus.OPEN)
                .stream().map(CircleEntry::view).toList();
    }

    /** Every open circle, for administrators. */
    public List<Circle> openCircles() {
        return circles.findByStatusOrderByAcademicYearDescIdAsc(CircleStatus.OPEN).stream().map(CircleEntry::view)
                .toList();
    }

    public boolean isFacilitatorOf(String facilitatorId, Long circleId) {
        return find(circleId).map(circle -> circle.facilitatorId().equals(facilitatorId)).orElse(false);
    }

    /** Usernames of the circle's teachers, in alphabetical order. */
    public List<String> teachersOf(Long circleId) {
        return memberships.findByCircleIdOrderByTeacherId(circleId).stream().map(CircleMembership::getTeacherId).toList();
    }

    public List<CircleMembership> membershipsOf(Long circleId) {
        return memberships.findByCircleIdOrderByTeacherId(circleId);
    }

    /** The memberships whose development project was completed (each with its project id). */
    public List<CircleMembership> completedTeachers(Long circleId) {
        return memberships.findByCircleIdAndProjectCompletedTrueOrderByTeacherId(circleId);
    }

    /** Sessions the teacher attended divided by sessions the circle held; 0 when none were held. */
    public double attendanceRatio(String teacherId, Long circleId) {
        long held = sessions.countByCircleId(circleId);
        return held == 0 ? 0.0 : (double) sessions.countAttendedBy(teacherId, circleId) / held;
    }

    public boolean presentedPoster(String teacherId, Long circleId) {
        return networkEvents.countPostersBy(teacherId, circleId) > 0;
    }

    /**
     * The circle whose year a {@code circle-cycle} instance runs, as bound when it started: who and what the
     * instance concerns is read here, never from its variables.
     */
    public Circle boundTo(String processInstanceId) {
        return circles.findByProcessInstanceId(processInstanceId).orElseThrow(() -> new IllegalStateException(
                "process instance " + processInstanceId + " is bound to no circle")).view();
    }

    /** Called as the circle's process starts, so the circle knows which instance runs its year. */
    @Transactional
    public void attachProcess(Long circleId, String processInstanceId) {
        entry(circleId).attachProcess(processInstanceId);
    }

    /** One teacher's development work has ended; completed or not, with the project it produced. */
    @Transactional
    public void recordProjectResult(Long circleId, String teacherId, Long projectId, boolean completed) {
        CircleMembership membership = memberships.findByCircleIdAndTeacherId(circleId, teacherId)
                .orElseThrow(() -> new NotFound("membership of " + teacherId + " in circle", circleId));
        membership.recordResult(projectId, completed, clock.instant());
        events.publishEvent(new DevelopmentWorkFinished(circleId, teacherId, projectId, completed));
    }

    @Transactional
    public void close(Long circleId) {
        CircleEntry circle = entry(circleId);
        circle.close(clock.instant());
        events.publishEvent(new CircleClosed(circleId, circle.getFacilitatorId()));
    }

    private CircleEntry entry(Long circleId) {
        return (circleId == null ? Optional.<CircleEntry>empty() : circles.findById(circleId))
                .orElseThrow(() -> new NotFound("circle", circleId));
    }
}
