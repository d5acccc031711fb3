package kz.shamy.programme;

import kz.shamy.programme.internal.InductionWorkshop;
import kz.shamy.programme.internal.InvitationAnswer;
import kz.shamy.programme.internal.PlannedWorkshop;
import kz.shamy.programme.internal.RegionEntry;
import kz.shamy.programme.internal.SchoolEntry;
import kz.shamy.programme.internal.Workshop;
import kz.shamy.programme.internal.WorkshopStatus;
import static kz.shamy.programme.internal.InductionWorkshop.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import kz.shamy.EmptyShamyIntegrationTest;
import kz.shamy.MovableClock;
import kz.shamy.identity.People;
import kz.shamy.identity.Person;
import kz.shamy.identity.Role;
import kz.shamy.notify.Notifier;
import kz.shamy.shared.InvalidRequest;
import kz.shamy.shared.SchoolTime;
import kz.shamy.workflow.ProcessStartRejected;
import kz.shamy.workflow.TaskInputRejected;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The induction workshop with the real beans, engine, Flyway schema and API. */
@EmptyShamyIntegrationTest
public class InductionWorkshopIntegrationTests {

    private static final AtomicInteger RUN = new AtomicInteger();

    @Autowired Workshops workshops;
    @Autowired People people;
    @Autowired Schools schools;
    @Autowired Notifier notifier;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired HistoryService history;
    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;
    @Autowired MovableClock clock;

    private Long regionId;
    private String teacher1;
    private String teacher2;
    private String principal;
    private String facilitator;
    private String assessor;

    @AfterEach
    void timeIsTheSystemsAgain() {
        clock.reset();
    }

    @BeforeEach
    void people() {
        // one context for all tests: every test gets its own region and people
        String run = "r" + RUN.incrementAndGet();
        regionId = schools.addRegion("ws-" + run, "Region " + run).id();
        teacher1 = person(run + "-teacher1", Role.TEACHER);
        teacher2 = person(run + "-teacher2", Role.TEACHER);
        principal = person(run + "-principal", Role.PRINCIPAL);
        facilitator = person(run + "-facilitator", Role.FACILITATOR);
        assessor = person(run + "-assessor", Role.ASSESSOR);
    }

    @Test
    void plannedWorkshopRunsToClosingAndOnlyWhoAttendedBothDaysIsEligible() {
        PlannedWorkshop planned = workshops.plan(plan(List.of(teacher1, teacher2, principal, facilitator)));
        String pi = planned.processInstanceId();
        Long id = planned.workshopId();

        assertThat(workshops.require(id).getProcessInstanceId()).isEqualTo(pi);
        assertThat(workshops.require(id).getStatus()).isEqualTo(WorkshopStatus.INVITED);
        assertThat(runtime.getVariables(pi)).containsOnlyKeys(WORKSHOP_ID, INVITEES, FEEDBACK_PERIOD, REMINDER_AT,
                ANSWER_DEADLINE).containsEntry(WORKSHOP_ID, id);
        await().untilAsserted(() -> assertThat(notifier.of(facilitator, "notify.workshop.invited")).hasSize(1));
        assertThat(answerTaskOf(teacher1)).isNotNull();

        answer(teacher1, "CONFIRMED");
        answer(teacher2, "CONFIRMED");
        assertThatThrownBy(() -> answer(principal, "MAYBE")).hasRootCauseInstanceOf(TaskInputRejected.class);
        assertThat(answerTaskOf(principal)).as("a refused answer leaves the task open").isNotNull();
        answer(principal, "DECLINED");
        assertThat(runtime.getVariables(pi)).doesNotContainKey(ANSWER);

        fire("Timer_RemindInvitees", pi);
        await().untilAsserted(() -> assertThat(notifier.of(facilitator, "notify.workshop.reminder")).hasSize(1));
        assertThat(notifier.of(teacher1, "notify.workshop.reminder")).isEmpty();

        fire("Timer_RegistrationClosed", pi);
        assertThat(answers(id)).containsEntry(teacher1, InvitationAnswer.CONFIRMED)
                .containsEntry(teacher2, InvitationAnswer.CONFIRMED)
                .containsEntry(principal, InvitationAnswer.DECLINED)
                .containsEntry(facilitator, InvitationAnswer.NO_ANSWER);
        await().untilAsserted(() -> assertThat(notifier.of(facilitator, "notify.workshop.noAnswer")).hasSize(1));

        Task day1 = adminTask(pi, RECORD_ATTENDANCE_DAY1);
        LocalDate firstDay = workshops.require(id).getDay1();
        assertThatThrownBy(() -> tasks.complete(day1.getId(), Map.of(ATTENDED_DAY1, teacher1 + ", " + teacher2)))
                .as("nobody can have attended a day still ahead")
                .hasRootCauseInstanceOf(TaskInputRejected.class).rootCause().hasMessageStartingWith("attendance for"
                        + " day 1 can be recorded from " + firstDay + ", the day itself; today is ");
        assertThat(adminTask(pi, RECORD_ATTENDANCE_DAY1)).as("still open after a refusal").isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from shamy.workshop_invitation where workshop_id = ?"
                + " and attended_day1", Long.class, id)).isZero();

        // nine in the morning of day 1 in Kazakhstan
        clock.advance(Duration.between(clock.instant(), firstDay.atTime(9, 0).atZone(SchoolTime.ZONE).toInstant()));
        assertThatThrownBy(() -> tasks.complete(day1.getId(), Map.of(ATTENDED_DAY1, teacher1 + ", " + assessor)))
                .hasRootCauseInstanceOf(TaskInputRejected.class).hasRootCauseMessage(
                        "'" + assessor + "' was not invited to this workshop");
        assertThat(adminTask(pi, RECORD_ATTENDANCE_DAY1)).as("still open after a refusal").isNotNull();
        tasks.complete(day1.getId(), Map.of(ATTENDED_DAY1, teacher1 + ", " + teacher2));
        Task day2 = adminTask(pi, RECORD_ATTENDANCE_DAY2);
        assertThatThrownBy(() -> tasks.complete(day2.getId(), Map.of(ATTENDED_DAY2, teacher1)))
                .hasRootCauseInstanceOf(TaskInputRejected.class).rootCause().hasMessageStartingWith("attendance for day 2");
        assertThat(workshops.require(id).getStatus()).isEqualTo(WorkshopStatus.INVITED);
        clock.advance(Duration.ofDays(1));
        tasks.complete(day2.getId(), Map.of(ATTENDED_DAY2, teacher1));
        assertThat(workshops.require(id).getStatus()).isEqualTo(WorkshopStatus.HELD);
        assertThat(runtime.getVariable(pi, ATTENDEES)).isEqualTo(List.of(teacher1, teacher2));

        Task feedback = feedbackTaskOf(teacher1);
        assertThatThrownBy(() -> tasks.complete(feedback.getId(), Map.of(FEEDBACK_RATING, 9L)))
                .hasRootCauseInstanceOf(TaskInputRejected.class);
        tasks.complete(feedback.getId(), Map.of(FEEDBACK_RATING, 5L, FEEDBACK_TEXT, "Very practical"));
        assertThat(feedbackTaskOf(teacher2)).isNotNull();
        fire("Timer_FeedbackExpired", pi);

        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi).count()).isZero();
        assertThat(jdbc.queryForList("select username from shamy.workshop_invitation"
                + " where workshop_id = ? and eligible_for_circles order by username", String.class, id))
                .containsExactly(teacher1);
        assertThat(jdbc.queryForObject("select feedback_rating from shamy.workshop_invitation"
                + " where workshop_id = ? and username = ?", Integer.class, id, teacher1)).isEqualTo(5);
        assertThat(workshops.require(id).getStatus()).isEqualTo(WorkshopStatus.CLOSED);
        assertThat(workshops.isEligibleForCircles(teacher1)).isTrue();
        assertThat(workshops.isEligibleForCircles(teacher2)).isFalse();
        assertThat(workshops.eligibleForCircles(regionId)).containsExactly(teacher1);
        await().untilAsserted(() -> assertThat(notifier.of(teacher1, "notify.workshop.eligible")).hasSize(1));
        assertThat(notifier.of(teacher2, "notify.workshop.eligible")).isEmpty();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pi).list())
                .filteredOn(v -> !"DELETED".equals(v.getState()))
                .extracting(v -> v.getName())
                .containsOnly(WORKSHOP_ID, INVITEES, INVITEE_ID, FEEDBACK_PERIOD, REMINDER_AT, ANSWER_DEADLINE,
                        ATTENDEES, ATTENDEE_ID, "nrOfInstances", "nrOfActiveInstances", "nrOfCompletedInstances",
                        "loopCounter");
    }

    @Test
    void aWorkshopHeldBeforeShamyIsRecordedClosedWithItsAttendeesEligible() {
        LocalDate day1 = LocalDate.now(SchoolTime.ZONE).minusDays(30);
        Workshop held = workshops.recordHeld(new WorkshopPlan(null, regionId, "Kokshetau, School No. 3", day1,
                day1.plusDays(1), day1.minusDays(7), List.of(teacher1, principal)));

        assertThat(held.getStatus()).isEqualTo(WorkshopStatus.CLOSED);
        assertThat(held.getProcessInstanceId()).isNull();
        assertThat(workshops.notEligibleForCircles(List.of(teacher2, teacher1, principal, facilitator)))
                .containsExactly(teacher2, facilitator);
        assertThat(workshops.invitations(held.getId())).allSatisfy(invitation -> {
            assertThat(invitation.getAnswer()).isEqualTo(InvitationAnswer.CONFIRMED);
            assertThat(invitation.isAttendedDay1() && invitation.isAttendedDay2()).isTrue();
        });
        assertThat(notifier.of(teacher1, "notify.workshop.eligible")).isEmpty();

        LocalDate yesterday = LocalDate.now(SchoolTime.ZONE).minusDays(1);
        long workshopsBefore = jdbc.queryForObject("select count(*) from shamy.workshop", Long.class);
        assertThatThrownBy(() -> workshops.recordHeld(new WorkshopPlan(null, regionId, "Venue", yesterday,
                yesterday.plusDays(1), yesterday.minusDays(7), List.of(teacher2))))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("not held yet");
        assertThat(jdbc.queryForObject("select count(*) from shamy.workshop", Long.class)).isEqualTo(workshopsBefore);
        assertThat(workshops.isEligibleForCircles(teacher2)).isFalse();
    }

    @Test
    void startFormDetailsAreCheckedAndRecordedAsAWorkshop() {
        Map<String, Object> form = startForm(teacher1 + ", " + principal);
        String pi = runtime.startProcessInstanceByKey(PROCESS_KEY, form).getId();

        Long id = (Long) runtime.getVariable(pi, WORKSHOP_ID);
        assertThat(workshops.require(id).getVenue()).isEqualTo("Kokshetau, School No. 3");
        assertThat(workshops.require(id).getProcessInstanceId()).isEqualTo(pi);
        assertThat(runtime.getVariable(pi, INVITEES)).isEqualTo(List.of(principal, teacher1));
        assertThat(runtime.getVariables(pi)).doesNotContainKeys(VENUE, DAY1, DAY2, REGION_ID, INVITEE_USERNAMES);
    }

    @Test
    void startFormWithDaysOutOfOrderStartsNothingAndRecordsNothing() {
        Map<String, Object> form = startForm(teacher1);
        form.put(DAY2, form.get(DAY1));
        long workshopsBefore = count("workshop");
        long instancesBefore = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count();

        assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROCESS_KEY, form))
                .isInstanceOf(ProcessStartRejected.class).hasMessageContaining("day 2");

        assertThat(count("workshop")).isEqualTo(workshopsBefore);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count())
                .isEqualTo(instancesBefore);
    }

    @Test
    void startWithAnUnknownWorkshopIsRejected() {
        long before = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count();

        assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROCESS_KEY, Map.of(WORKSHOP_ID, 987654L)))
                .isInstanceOf(ProcessStartRejected.class).hasMessageContaining("987654");

        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count()).isEqualTo(before);
    }

    @Test
    void aWorkshopIsRunByOneProcessOnly() {
        PlannedWorkshop planned = workshops.plan(plan(List.of(teacher1)));

        assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROCESS_KEY,
                Map.of(WORKSHOP_ID, planned.workshopId()))).isInstanceOf(ProcessStartRejected.class)
                .hasMessageContaining("already run");
    }

    @Test
    void plansThatDoNotHoldAreRefusedNamingTheField() {
        LocalDate day1 = LocalDate.now().plusDays(20);
        List<String> invitees = List.of(teacher1);
        assertRefused(new WorkshopPlan(null, regionId, "Venue", day1, day1.plusDays(1), day1, invitees),
                "registrationDeadline");
        assertRefused(new WorkshopPlan(null, regionId, "Venue", day1, day1.plusDays(1), LocalDate.now().minusDays(1),
                invitees), "registrationDeadline");
        assertRefused(new WorkshopPlan(null, regionId, "Venue", day1, day1.minusDays(1), day1.minusDays(5),
                invitees), "day2");
        assertRefused(new WorkshopPlan(null, 987654L, "Venue", day1, day1.plusDays(1), day1.minusDays(5),
                invitees), "regionId");
        assertRefused(new WorkshopPlan(987654L, regionId, "Venue", day1, day1.plusDays(1), day1.minusDays(5),
                invitees), "programmeId");
        assertRefused(new WorkshopPlan(null, regionId, " ", day1, day1.plusDays(1), day1.minusDays(5),
                invitees), "venue");
        assertRefused(new WorkshopPlan(null, regionId, "Venue", day1, day1.plusDays(1), day1.minusDays(5),
                List.of()), "invitees");
        assertRefused(new WorkshopPlan(null, regionId, "Venue", day1, day1.plusDays(1), day1.minusDays(5),
                List.of(teacher1, assessor)), "invitees");
    }

    @Test
    void adminPlansAWorkshopThroughTheApiAndReadsItBack() throws Exception {
        String body = mvc.perform(post("/api/workshops").with(user("admin").roles("ADMIN"))
                        .contentType(MediaType.APPLICATION_JSON).content(json(List.of(teacher1, facilitator))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.workshopId").isNumber())
                .andExpect(jsonPath("$.processInstanceId").isString())
                .andReturn().getResponse().getContentAsString();
        Long id = Long.valueOf(body.replaceAll(".*\"workshopId\":(\\d+).*", "$1"));

        mvc.perform(get("/api/workshops/{id}", id).with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("INVITED"))
                .andExpect(jsonPath("$.invitations.length()").value(2))
                .andExpect(jsonPath("$.invitations[?(@.username == '%s')].answer", teacher1).value("PENDING"))
                .andExpect(jsonPath("$.invitations[?(@.username == '%s')].role", facilitator).value("FACILITATOR"));
    }

    @Test
    void unknownInviteeIsABadRequestAndStartsNothing() throws Exception {
        long instances = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count();
        long recorded = count("workshop");

        mvc.perform(post("/api/workshops").with(user("admin").roles("ADMIN"))
                        .contentType(MediaType.APPLICATION_JSON).content(json(List.of(teacher1, "nobody-here"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:shamy:problem:invalid-request"))
                .andExpect(jsonPath("$.field").value("invitees"))
                .andExpect(jsonPath("$.detail").value("no person with username 'nobody-here'"));

        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count()).isEqualTo(instances);
        assertThat(count("workshop")).isEqualTo(recorded);
    }

    private String person(String username, Role role) {
        return people.add(new Person(username, username, role, null, null)).username();
    }

    private WorkshopPlan plan(List<String> invitees) {
        LocalDate day1 = LocalDate.now().plusDays(30);
        return new WorkshopPlan(null, regionId, "Kokshetau, School No. 3", day1, day1.plusDays(1),
                day1.minusDays(7), invitees);
    }

    private Map<String, Object> startForm(String inviteeUsernames) {
        LocalDate day1 = LocalDate.now().plusDays(30);
        Map<String, Object> form = new HashMap<>();
        form.put(REGION_ID, regionId.doubleValue()); // Camunda Forms send numbers as JSON numbers
        form.put(VENUE, "Kokshetau, School No. 3");
        form.put(DAY1, day1.toString());
        form.put(DAY2, day1.plusDays(1).toString());
        form.put(REGISTRATION_DEADLINE, day1.minusDays(7).toString());
        form.put(INVITEE_USERNAMES, inviteeUsernames);
        return form;
    }

    private String json(List<String> invitees) {
        LocalDate day1 = LocalDate.now().plusDays(30);
        List<String> quoted = new ArrayList<>();
        invitees.forEach(username -> quoted.add("\"" + username + "\""));
        return """
                {"regionId": %d, "venue": "Kokshetau, School No. 3", "day1": "%s", "day2": "%s",
                 "registrationDeadline": "%s", "invitees": [%s]}
                """.formatted(regionId, day1, day1.plusDays(1), day1.minusDays(7), String.join(", ", quoted));
    }

    private void assertRefused(WorkshopPlan plan, String field) {
        long recorded = count("workshop");
        assertThatThrownBy(() -> workshops.plan(plan)).isInstanceOfSatisfying(InvalidRequest.class,
                e -> assertThat(e.field()).isEqualTo(field));
        assertThat(count("workshop")).isEqualTo(recorded);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from shamy." + table, Long.class);
    }

    private Map<String, InvitationAnswer> answers(Long workshopId) {
        Map<String, InvitationAnswer> answers = new HashMap<>();
        workshops.invitations(workshopId).forEach(i -> answers.put(i.getUsername(), i.getAnswer()));
        return answers;
    }

    private Task answerTaskOf(String invitee) {
        return tasks.createTaskQuery().taskDefinitionKey("AnswerInvitation").taskAssignee(invitee).singleResult();
    }

    private Task feedbackTaskOf(String attendee) {
        return tasks.createTaskQuery().taskDefinitionKey("GiveFeedback").taskAssignee(attendee).singleResult();
    }

    private Task adminTask(String pi, String key) {
        return tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey(key).taskCandidateGroup("admins")
                .singleResult();
    }

    private void answer(String invitee, String answer) {
        tasks.complete(answerTaskOf(invitee).getId(), Map.of(ANSWER, answer));
    }

    private void fire(String timer, String pi) {
        management.executeJob(management.createJobQuery().processInstanceId(pi).activityId(timer).singleResult()
                .getId());
    }
}
