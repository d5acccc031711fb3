package kz.shamy.circle;

import kz.shamy.circle.CircleClosed;
import kz.shamy.circle.DevelopmentWorkFinished;
import kz.shamy.circle.internal.CircleMembership;
import kz.shamy.circle.internal.NetworkEventReadiness;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import kz.shamy.identity.People;
import kz.shamy.identity.Person;
import kz.shamy.identity.Role;
import kz.shamy.notify.Notifier;
import kz.shamy.programme.Schools;
import kz.shamy.programme.WorkshopPlan;
import kz.shamy.programme.Workshops;
import kz.shamy.workflow.ProcessStartRejected;
import kz.shamy.workflow.TaskInputRejected;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.PublishedEventsExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The circle feature with its real beans, the real V3 migration on H2 and the engine: a whole circle year
 * through the API and the process (stub development-work and certification-approval from test resources),
 * refusals with nothing saved or started, and who may see and start circles. (The engine wraps a task
 * listener's exception in a ProcessEngineException, so refused form input is found as the root cause.)
 */
// a context of its own: it deploys a stub development-work (circle/development-work-stub.bpmn) as the latest
// version, which every other test starting development work in the same engine would get instead of the real one
@SpringBootTest(properties = {"shamy.demo-data=false", "spring.datasource.url=jdbc:h2:mem:circle1;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
@AutoConfigureMockMvc
@ExtendWith(PublishedEventsExtension.class)
class CirclesIntegrationTests {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String STUBS = "circle-test-stubs";

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired Circles circles;
    @Autowired Schools schools;
    @Autowired People people;
    @Autowired Notifier notifier;
    @Autowired JdbcTemplate jdbc;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired HistoryService historyService;

    @Autowired Workshops workshops;

    private Long region;
    private Long school;
    private String facilitator;

    @BeforeEach
    void schoolWithFacilitatorAndStubProcesses() {
        if (repositoryService.createDeploymentQuery().deploymentName(STUBS).count() == 0) {
            repositoryService.createDeployment().name(STUBS)
                    .addClasspathResource("circle/development-work-stub.bpmn")
                    .addClasspathResource("circle/certification-approval-stub.bpmn").deploy();
        }
        int n = SEQUENCE.incrementAndGet();
        region = schools.addRegion("R" + n, "Region " + n).id();
        school = schools.addSchool(schools.region(region).orElseThrow(), "School " + n, "District", "Village", "kk")
                .id();
        facilitator = person("facilitator", Role.FACILITATOR);
    }

    private String person(String prefix, Role role) {
        String username = prefix + "-" + SEQUENCE.incrementAndGet();
        people.add(new Person(username, username, role, school, username + "@example.org"));
        return username;
    }

    /** A teacher who attended both days of an induction workshop, as the programme requires of circle members. */
    private String teacher(String prefix) {
        String username = person(prefix, Role.TEACHER);
        induct(username);
        return username;
    }

    private void induct(String... usernames) {
        LocalDate day1 = LocalDate.now().minusDays(40);
        workshops.recordHeld(new WorkshopPlan(null, region, "Regional teacher development centre", day1,
                day1.plusDays(1), day1.minusDays(10), List.of(usernames)));
    }

    private ResultActions postCircle(String asUser, Role role, Long schoolId, String facilitatorId,
            List<String> teacherIds) throws Exception {
        return postCircle(asUser, role, schoolId, facilitatorId, teacherIds, "en");
    }

    private ResultActions postCircle(String asUser, Role role, Long schoolId, String facilitatorId,
            List<String> teacherIds, String language) throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("schoolId", schoolId);
        body.put("facilitatorId", facilitatorId);
        body.put("academicYear", "2026-2027");
        body.put("teacherIds", teacherIds);
        return mvc.perform(post("/api/circles").with(user(asUser).roles(role.name()))
                .header(HttpHeaders.ACCEPT_LANGUAGE, language).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
    }

    @Test
    void facilitatorRunsAWholeYearAndCompletedTeachersGoToCertification(AssertablePublishedEvents published)
            throws Exception {
        String t1 = teacher("teacher-a");
        String t2 = teacher("teacher-b");
        String t3 = teacher("teacher-c");
        JsonNode started = json.readTree(postCircle(facilitator, Role.FACILITATOR, school, facilitator,
                List.of(t1, t2, t3)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        Long circleId = started.path("circleId").asLong();
        String pid = started.path("processInstanceId").asText();

        Circle circle = circles.require(circleId);
        assertThat(circle.status()).isEqualTo(CircleStatus.OPEN);
        assertThat(circle.processInstanceId()).isEqualTo(pid);
        assertThat(circles.teachersOf(circleId)).containsExactly(t1, t2, t3);
        assertThat(circles.circleOf(t2)).map(Circle::id).contains(circleId);
        assertThat(circles.isFacilitatorOf(facilitator, circleId)).isTrue();
        assertThat(circles.isFacilitatorOf(t1, circleId)).isFalse();
        assertThat(notifier.of(t1, "notify.circle.started")).hasSize(1);
        assertThat(circles.attendanceRatio(t1, circleId)).isZero();
        assertThat(runtimeService.getVariable(pid, "sessionCycle")).isEqualTo("R/P14D");

        fireSessionTimer(pid);
        fireSessionTimer(pid);
        List<Task> sessions = tasks(pid, "RecordCircleSession");
        assertThat(sessions).hasSize(2);
        taskService.complete(sessions.get(0).getId(), Map.of("sessionDate", LocalDate.now().minusDays(20).toString(),
                "sessionAttendees", t1 + ", " + t2, "sessionNotes", "Lesson study: planning together."));
        taskService.complete(sessions.get(1).getId(), Map.of("sessionDate", LocalDate.now().minusDays(6).toString(),
                "sessionAttendees", t1, "sessionNotes", "Sharing first findings."));

        assertThat(circles.attendanceRatio(t1, circleId)).isEqualTo(1.0);
        assertThat(circles.attendanceRatio(t2, circleId)).isEqualTo(0.5);
        assertThat(circles.attendanceRatio(t3, circleId)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from shamy.circle_session_attendance a join"
                + " shamy.circle_session s on s.id = a.session_id where s.circle_id = ?", Long.class, circleId))
                .isEqualTo(3L);
        assertThat(jdbc.queryForObject("select notes from shamy.circle_session where circle_id = ? order by id"
                + " fetch first 1 rows only", String.class, circleId)).isEqualTo("Lesson study: planning together.");
        assertThat(runtimeService.getVariables(pid)).doesNotContainKeys("sessionDate", "sessionAttendees",
                "sessionNotes");
        assertThat(notifier.of(t3, "notify.circle.sessionRecorded")).hasSize(2);

        assertThat(tasks(pid, "RecordNetworkEvent")).as("no network event before the posters").isEmpty();
        posterOnProject(circleId, t1, "Reading aloud in grade 3");
        posterOnProject(circleId, t3, "Group work in maths");
        postersReady(pid);
        LocalDate eventDate = LocalDate.now().minusDays(2);
        taskService.complete(tasks(pid, "RecordNetworkEvent").get(0).getId(), Map.of(
                "eventDate", eventDate.toString(), "eventPlace", "Taraz, regional institute",
                "presenters", t1 + ", " + t3));
        assertThat(circles.presentedPoster(t1, circleId)).isTrue();
        assertThat(circles.presentedPoster(t2, circleId)).isFalse();
        assertThat(jdbc.queryForList("select poster_presented_on from shamy.development_project where circle_id = ?"
                + " order by teacher", LocalDate.class, circleId)).containsExactly(eventDate, eventDate);
        assertThat(jdbc.queryForObject("select place from shamy.network_event where circle_id = ?", String.class,
                circleId)).isEqualTo("Taraz, regional institute");
        assertThat(runtimeService.getVariables(pid)).doesNotContainKeys("eventDate", "eventPlace", "presenters");

        Long project1 = finishDevelopmentWork(pid, circleId, t1, true);
        Long project2 = finishDevelopmentWork(pid, circleId, t2, false);
        Long project3 = finishDevelopmentWork(pid, circleId, t3, true);
        assertThat(circles.completedTeachers(circleId)).extracting(CircleMembership::getTeacherId,
                CircleMembership::getProjectId).containsExactly(tuple(t1, project1), tuple(t3, project3));
        assertThat(jdbc.queryForObject("select count(*) from shamy.circle_membership where circle_id = ?"
                + " and completed_at is not null", Long.class, circleId)).isEqualTo(3L);

        managementService.executeJob(managementService.createJobQuery().processInstanceId(pid)
                .activityId("CloseCycle").singleResult().getId());

        assertThat(circles.require(circleId).status()).isEqualTo(CircleStatus.CLOSED);
        assertThat(published).contains(CircleClosed.class).matching(CircleClosed::circleId, circleId);
        assertThat(published.ofType(DevelopmentWorkFinished.class).matching(DevelopmentWorkFinished::circleId,
                circleId)).extracting(DevelopmentWorkFinished::teacherId, DevelopmentWorkFinished::projectId,
                DevelopmentWorkFinished::completed).containsExactlyInAnyOrder(tuple(t1, project1, true),
                tuple(t3, project3, true), tuple(t2, project2, false));
        assertThat(circles.require(circleId).closedAt()).isNotNull();
        assertThat(circles.circleOf(t1)).isEmpty();
        // the cycle calls certification-approval per completed teacher and waits for them: children in Cockpit
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pid).activityIdIn("Certification")
                .count()).isOne();
        List<ProcessInstance> certifications = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey("certification-approval").superProcessInstanceId(pid).list();
        assertThat(certifications).extracting(ProcessInstance::getBusinessKey)
                .containsExactlyInAnyOrder("circle-" + circleId + "/" + t1, "circle-" + circleId + "/" + t3);
        ProcessInstance first = certifications.stream()
                .filter(pi -> pi.getBusinessKey().endsWith("/" + t1)).findFirst().orElseThrow();
        assertThat(runtimeService.getVariables(first.getId())).isEqualTo(Map.of("teacherId", t1,
                "facilitatorId", facilitator, "circleId", circleId, "projectId", project1));
        for (ProcessInstance certification : certifications) {
            taskService.complete(taskService.createTaskQuery().processInstanceId(certification.getId())
                    .singleResult().getId());
        }
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pid).count()).isZero();

        mvc.perform(get("/api/circles/" + circleId).with(user(t2).roles("TEACHER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.members[?(@.teacherId == '" + t1 + "')].attendanceRatio").value(1.0))
                .andExpect(jsonPath("$.members[?(@.teacherId == '" + t2 + "')].attendanceRatio").value(0.5))
                .andExpect(jsonPath("$.sessions.length()").value(2))
                .andExpect(jsonPath("$.networkEvents[0].posters.length()").value(2))
                .andExpect(jsonPath("$.networkEvents[0].posters[?(@.teacherId == '" + t3 + "')].posterTitle")
                        .value("Group work in maths"));
    }

    @Test
    void invalidStartsAreRefusedWithTheFieldAndNothingIsStarted() throws Exception {
        String teacher = teacher("teacher");
        String otherFacilitator = person("facilitator", Role.FACILITATOR);
        long circlesBefore = count("circle");
        long membershipsBefore = count("circle_membership");
        long processesBefore = historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey("circle-cycle").count();

        postCircle("admin", Role.ADMIN, 999_999L, facilitator, List.of(teacher))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("schoolId"));
        postCircle("admin", Role.ADMIN, school, facilitator, List.of(teacher, "nobody"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("teacherIds"));
        postCircle("admin", Role.ADMIN, school, facilitator, List.of(teacher, otherFacilitator))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("teacherIds"))
                .andExpect(jsonPath("$.detail").value("'" + otherFacilitator + "' is not a teacher"));
        postCircle("admin", Role.ADMIN, school, facilitator, List.of())
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("teacherIds"));
        postCircle("admin", Role.ADMIN, school, facilitator, List.of(teacher, teacher))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("teacherIds"));
        postCircle("admin", Role.ADMIN, school, teacher, List.of(teacher))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("facilitatorId"));

        assertThat(count("circle")).isEqualTo(circlesBefore);
        assertThat(count("circle_membership")).isEqualTo(membershipsBefore);
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("circle-cycle").count())
                .isEqualTo(processesBefore);
    }

    @Test
    void aTeacherCannotBeInTwoOpenCircles() throws Exception {
        String teacher = teacher("teacher");
        postCircle("admin", Role.ADMIN, school, facilitator, List.of(teacher)).andExpect(status().isCreated());

        postCircle("admin", Role.ADMIN, school, person("facilitator", Role.FACILITATOR), List.of(teacher))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("teacherIds"));
        assertThat(circles.circleOf(teacher)).isPresent();
    }

    @Test
    void teachersWhoMissedTheInductionWorkshopAreRefusedByNameInTheCallersLanguage() throws Exception {
        String inducted = teacher("teacher");
        String absent = person("teacher", Role.TEACHER);
        String invitedOnly = person("teacher", Role.TEACHER);
        LocalDate upcoming = LocalDate.now().plusDays(20);
        workshops.create(new WorkshopPlan(null, region, "Regional teacher development centre", upcoming,
                upcoming.plusDays(1), upcoming.minusDays(5), List.of(invitedOnly)));
        long circlesBefore = count("circle");
        long membershipsBefore = count("circle_membership");
        long processesBefore = historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey("circle-cycle").count();
        Map<String, String> texts = Map.of(
                "en", "These teachers have not attended both days of an induction workshop",
                "ru", "Эти учителя не присутствовали оба дня на вводном семинаре",
                "kk", "Бұл мұғалімдер кіріспе семинардың екі күніне де қатыспаған");

        for (Map.Entry<String, String> text : texts.entrySet()) {
            postCircle(facilitator, Role.FACILITATOR, school, facilitator, List.of(absent, inducted, invitedOnly),
                    text.getKey())
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("teacherIds"))
                    .andExpect(jsonPath("$.notInducted").value(org.hamcrest.Matchers.contains(absent, invitedOnly)))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.allOf(
                            org.hamcrest.Matchers.startsWith(text.getValue()),
                            org.hamcrest.Matchers.endsWith(": " + absent + ", " + invitedOnly))));
        }
        assertThat(count("circle")).isEqualTo(circlesBefore);
        assertThat(count("circle_membership")).isEqualTo(membershipsBefore);
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("circle-cycle").count())
                .isEqualTo(processesBefore);
        assertThat(circles.circleOf(inducted)).isEmpty();

        induct(absent, invitedOnly);
        postCircle(facilitator, Role.FACILITATOR, school, facilitator, List.of(absent, inducted, invitedOnly))
                .andExpect(status().isCreated());
        assertThat(circles.circleOf(absent)).isPresent();
    }

    @Test
    void anEngineApiStartOfACircleWithATeacherNotInductedIsRejected() {
        String absent = person("teacher", Role.TEACHER);
        // a circle the API could not have saved: Circles.startCycle checks induction before saving anything
        Long circleId = jdbc.queryForObject("select id from final table (insert into shamy.circle (school_id,"
                + " facilitator_id, academic_year, status, started_at) values (?, ?, '2026-2027', 'OPEN',"
                + " current_timestamp))",
                Long.class, school, facilitator);
        jdbc.update("insert into shamy.circle_membership (circle_id, teacher_id, project_completed) values (?, ?,"
                + " false)", circleId, absent);

        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("circle-cycle", Map.of(
                "circleId", circleId, "facilitatorId", facilitator, "teacherIds", List.of(absent))))
                .isInstanceOf(ProcessStartRejected.class).hasMessageContaining("induction workshop")
                .hasMessageContaining(absent);
        assertThat(circles.require(circleId).processInstanceId()).isNull();
    }

    @Test
    void onlyAdminsAndFacilitatorsForThemselvesStartCircles() throws Exception {
        String teacher = teacher("teacher");
        long circlesBefore = count("circle");

        postCircle(teacher, Role.TEACHER, school, facilitator, List.of(teacher)).andExpect(status().isForbidden());
        postCircle(person("facilitator", Role.FACILITATOR), Role.FACILITATOR, school, facilitator, List.of(teacher))
                .andExpect(status().isForbidden());
        assertThat(count("circle")).isEqualTo(circlesBefore);
        assertThat(circles.circleOf(teacher)).isEmpty();

        postCircle("admin", Role.ADMIN, school, facilitator, List.of(teacher)).andExpect(status().isCreated());
    }

    @Test
    void onlyAdminsItsFacilitatorAndItsTeachersSeeACircle() throws Exception {
        String member = teacher("teacher");
        String stranger = teacher("teacher");
        Long circleId = circles.startCycle(school, facilitator, "2026-2027", List.of(member)).circleId();

        mvc.perform(get("/api/circles/" + circleId).with(user(member).roles("TEACHER"))).andExpect(status().isOk());
        mvc.perform(get("/api/circles/" + circleId).with(user(facilitator).roles("FACILITATOR")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.members[0].teacherId").value(member));
        mvc.perform(get("/api/circles/" + circleId).with(user("admin").roles("ADMIN"))).andExpect(status().isOk());
        mvc.perform(get("/api/circles/" + circleId).with(user(stranger).roles("TEACHER")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/circles/" + circleId).with(user(person("facilitator", Role.FACILITATOR))
                .roles("FACILITATOR"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/circles/999999").with(user("admin").roles("ADMIN"))).andExpect(status().isNotFound());
    }

    @Test
    void sessionNamingAStrangerOrAFutureDateIsRefusedAndTheTaskStaysOpen() {
        String member = teacher("teacher");
        String stranger = teacher("teacher");
        CircleStarted started = circles.startCycle(school, facilitator, "2026-2027", List.of(member));
        fireSessionTimer(started.processInstanceId());
        String taskId = tasks(started.processInstanceId(), "RecordCircleSession").get(0).getId();
        String yesterday = LocalDate.now().minusDays(1).toString();

        assertThatThrownBy(() -> taskService.complete(taskId, Map.of("sessionDate", yesterday,
                "sessionAttendees", member + "," + stranger, "sessionNotes", "Notes")))
                .hasRootCauseInstanceOf(TaskInputRejected.class).hasMessageContaining(stranger);
        assertThatThrownBy(() -> taskService.complete(taskId, Map.of("sessionDate",
                LocalDate.now().plusDays(3).toString(), "sessionAttendees", member, "sessionNotes", "Notes")))
                .hasRootCauseInstanceOf(TaskInputRejected.class).hasMessageContaining("future");
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from shamy.circle_session where circle_id = ?", Long.class,
                started.circleId())).isZero();

        taskService.complete(taskId, Map.of("sessionDate", yesterday, "sessionAttendees", member,
                "sessionNotes", "Notes"));
        assertThat(circles.attendanceRatio(member, started.circleId())).isEqualTo(1.0);
    }

    @Test
    void networkEventWithAPresenterFromOutsideTheCircleOrWithoutAPosterIsRefused() {
        String member = teacher("teacher");
        String withoutPoster = teacher("teacher");
        CircleStarted started = circles.startCycle(school, facilitator, "2026-2027", List.of(member, withoutPoster));
        posterOnProject(started.circleId(), member, "Reading aloud");
        postersReady(started.processInstanceId());
        String taskId = tasks(started.processInstanceId(), "RecordNetworkEvent").get(0).getId();

        assertThatThrownBy(() -> taskService.complete(taskId, Map.of("eventDate", LocalDate.now().toString(),
                "eventPlace", "Shymkent", "presenters", member + ", someone-else")))
                .hasRootCauseInstanceOf(TaskInputRejected.class).hasMessageContaining("someone-else");
        assertThatThrownBy(() -> taskService.complete(taskId, Map.of("eventDate", LocalDate.now().toString(),
                "eventPlace", "Shymkent", "presenters", member + ", " + withoutPoster)))
                .hasRootCauseInstanceOf(TaskInputRejected.class)
                .hasMessageContaining("'" + withoutPoster + "' has no poster yet");
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
        assertThat(circles.presentedPoster(member, started.circleId())).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from shamy.network_event where circle_id = ?", Long.class,
                started.circleId())).isZero();
    }

    @Test
    void engineApiStartsNamingNoOpenCircleAreRejected() {
        String teacher = teacher("teacher");
        long before = historyService.createHistoricProcessInstanceQuery().processDefinitionKey("circle-cycle").count();

        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("circle-cycle", Map.of(
                "circleId", 999_999L, "facilitatorId", facilitator, "teacherIds", List.of(teacher))))
                .isInstanceOf(ProcessStartRejected.class).hasMessageContaining("999999");
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("circle-cycle", Map.of(
                "facilitatorId", facilitator, "teacherIds", List.of(teacher))))
                .isInstanceOf(ProcessStartRejected.class).hasMessageContaining("circleId");
        // an existing circle whose cycle already runs cannot get a second one
        CircleStarted started = circles.startCycle(school, facilitator, "2026-2027", List.of(teacher));
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("circle-cycle", Map.of(
                "circleId", started.circleId(), "facilitatorId", facilitator, "teacherIds", List.of(teacher))))
                .isInstanceOf(ProcessStartRejected.class);

        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("circle-cycle").count())
                .isEqualTo(before + 1);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from shamy." + table, Long.class);
    }

    private void fireSessionTimer(String pid) {
        managementService.executeJob(managementService.createJobQuery().processInstanceId(pid)
                .activityId("Timer_SessionDue").singleResult().getId());
    }

    /** The project a real development-work would have opened, with the poster its PresentPoster recorded. */
    private void posterOnProject(Long circleId, String teacher, String title) {
        jdbc.update("insert into shamy.development_project (teacher, facilitator, circle_id, stage, stage_changed_at,"
                + " started_at, poster_title) values (?, ?, ?, 'WRITE_REPORT', current_timestamp, current_timestamp, ?)",
                teacher, facilitator, circleId, title);
    }

    /** What the real development-work's last PresentPoster does (NetworkEventReadiness); the stub has none. */
    private void postersReady(String pid) {
        runtimeService.createMessageCorrelation("PostersReady").processInstanceId(pid).correlate();
    }

    private List<Task> tasks(String pid, String taskKey) {
        return taskService.createTaskQuery().processInstanceId(pid).taskDefinitionKey(taskKey)
                .orderByTaskCreateTime().asc().list();
    }

    /**
     * Ends the teacher's stub development-work, leaving in Shamy's tables what the real one would: the teacher's
     * project in this circle, completed or not. What the called process returns in variables counts for nothing:
     * the circle reads the project from the table. Answers the project's id.
     */
    private Long finishDevelopmentWork(String pid, Long circleId, String teacherId, boolean completed) {
        List<Long> existing = jdbc.queryForList("select id from shamy.development_project where circle_id = ?"
                + " and teacher = ?", Long.class, circleId, teacherId);
        if (existing.isEmpty()) {
            jdbc.update("insert into shamy.development_project (teacher, facilitator, circle_id, stage,"
                    + " stage_changed_at, started_at) values (?, ?, ?, 'WRITE_REPORT', current_timestamp,"
                    + " current_timestamp)", teacherId, facilitator, circleId);
        }
        Long projectId = jdbc.queryForObject("select max(id) from shamy.development_project where circle_id = ?"
                + " and teacher = ?", Long.class, circleId, teacherId);
        if (completed) {
            jdbc.update("update shamy.development_project set stage = 'COMPLETED' where id = ?", projectId);
        }
        ProcessInstance work = runtimeService.createProcessInstanceQuery().superProcessInstanceId(pid)
                .variableValueEquals("teacherId", teacherId).singleResult();
        Task task = taskService.createTaskQuery().processInstanceId(work.getId()).taskDefinitionKey("StubWork")
                .singleResult();
        // a returned projectId and projectCompleted that lie: the circle must not believe them
        taskService.complete(task.getId(), Map.of("projectId", 999_999L, "projectCompleted", !completed));
        return projectId;
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
