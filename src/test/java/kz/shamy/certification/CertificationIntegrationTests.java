package kz.shamy.certification;

import kz.shamy.certification.internal.CaseStatus;
import kz.shamy.certification.internal.Certificate;
import kz.shamy.certification.internal.CertificateNumbers;
import kz.shamy.certification.internal.CertificationCase;
import kz.shamy.certification.internal.Certifications;
import kz.shamy.certification.internal.Criterion;
import kz.shamy.certification.Portfolio;
import kz.shamy.certification.PortfolioSource;
import kz.shamy.certification.internal.RubricScore;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import kz.shamy.identity.People;
import kz.shamy.identity.Person;
import kz.shamy.identity.Role;
import kz.shamy.notify.internal.Notification;
import kz.shamy.notify.Notifier;
import kz.shamy.workflow.ProcessStartRejected;
import kz.shamy.workflow.TaskInputRejected;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

/**
 * certification-approval with the real delegates, listeners, DMNs and Flyway schema on H2; only the
 * portfolio's facts come from a test source in place of circle's CirclePortfolios, as these tests start the process
 * directly (as an admin could) rather than through a whole circle year.
 */
// a context of its own: the portfolio facts come from this class's test source (nested @TestConfiguration)
@SpringBootTest(properties = {
        "shamy.demo-data=false",
        "spring.datasource.url=jdbc:h2:mem:cert1;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
@AutoConfigureMockMvc
class CertificationIntegrationTests {

    static final Portfolio COMPLETE = new Portfolio(0.9, 11, true, true);
    static final Map<String, Portfolio> PORTFOLIOS = new ConcurrentHashMap<>();
    static final AtomicInteger TEACHERS = new AtomicInteger();

    @TestConfiguration
    static class Portfolios {

        /** Stands in for the circle and report records, which these tests do not create. */
        @Bean
        @Primary
        PortfolioSource portfolioSource() {
            return (teacherId, circleId, projectId) -> PORTFOLIOS.getOrDefault(teacherId, COMPLETE);
        }
    }

    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired HistoryService history;
    @Autowired People people;
    @Autowired Certifications certifications;
    @Autowired Notifier notifier;
    @Autowired JdbcTemplate jdbc;
    @Autowired MessageSource messages;
    @Autowired MockMvc mvc;

    @BeforeEach
    void knownPeople() {
        for (var person : List.of(
                new Person("cert-facilitator", "Айгүл Сейітова", Role.FACILITATOR, null, null),
                new Person("cert-assessor1", "Assessor One", Role.ASSESSOR, null, null),
                new Person("cert-assessor2", "Assessor Two", Role.ASSESSOR, null, null))) {
            if (people.find(person.username()).isEmpty()) {
                people.add(person);
            }
        }
    }

    /** A new teacher per test, so tests never see each other's cases and certificates. */
    private String newTeacher(Portfolio portfolio) {
        String teacher = "cert-teacher" + TEACHERS.incrementAndGet();
        people.add(new Person(teacher, "Teacher " + teacher, Role.TEACHER, null, null));
        PORTFOLIOS.put(teacher, portfolio);
        return teacher;
    }

    private ProcessInstance start(String teacher) {
        // an Integer id (as a REST caller may send) is accepted and kept as Long
        return runtime.startProcessInstanceByKey("certification-approval", Map.of("teacherId", teacher,
                "facilitatorId", "cert-facilitator", "circleId", 11, "projectId", 21L));
    }

    private Long caseId(ProcessInstance pi) {
        return (Long) history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
                .variableName("caseId").singleResult().getValue();
    }

    private Task taskAt(ProcessInstance pi, String activityId) {
        return tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(activityId).singleResult();
    }

    private ProcessInstance startEndorsed(String teacher) {
        ProcessInstance pi = start(teacher);
        Task endorse = taskAt(pi, "EndorsePortfolio");
        assertThat(endorse.getAssignee()).isEqualTo("cert-facilitator");
        tasks.complete(endorse.getId(), Map.of("endorsement", "endorse"));
        return pi;
    }

    private static Map<String, Object> rubric(int... scores) {
        Map<String, Object> variables = new HashMap<>();
        Criterion[] criteria = Criterion.values();
        for (int i = 0; i < criteria.length; i++) {
            variables.put(criteria[i].variable(), (long) scores[i]);
        }
        variables.put("rubricComment", "clear evidence of pupils' progress");
        return variables;
    }

    private void score(ProcessInstance pi, String assessor, int... scores) {
        Task task = taskAt(pi, "ScorePortfolio");
        tasks.claim(task.getId(), assessor);
        tasks.complete(task.getId(), rubric(scores));
    }

    private int rubricRows(Long caseId, String role) {
        return jdbc.queryForObject("select count(*) from shamy.rubric_score where case_id = ? and role = ?",
                Integer.class, caseId, role);
    }

    private boolean ended(ProcessInstance pi, String endEvent) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(pi.getId()).activityId(endEvent)
                .finished().count() == 1;
    }

    @Test
    void anAssessorClaimsAPortfolioOnShamysTaskPageAndScoresIt() throws Exception {
        ProcessInstance pi = startEndorsed(newTeacher(COMPLETE));
        Task task = taskAt(pi, "ScorePortfolio");
        var assessor1 = user("cert-assessor1").authorities(new SimpleGrantedAuthority("ROLE_ASSESSOR"),
                new SimpleGrantedAuthority("GROUP_assessors"));
        var assessor2 = user("cert-assessor2").authorities(new SimpleGrantedAuthority("ROLE_ASSESSOR"),
                new SimpleGrantedAuthority("GROUP_assessors"));
        var teacher = user("cert-facilitator").roles("FACILITATOR");

        // offered to the assessors' group: listed as open to claim, and not completed before it is claimed
        mvc.perform(get("/tasks").param("lang", "en").with(assessor1))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("/tasks/" + task.getId()),
                        containsString("open to claim"))));
        mvc.perform(get("/tasks/{id}", task.getId()).param("lang", "en").with(assessor1))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/tasks/" + task.getId() + "/claim")));
        mvc.perform(get("/tasks/{id}", task.getId()).with(teacher)).andExpect(status().isNotFound());

        mvc.perform(post("/tasks/{id}/claim", task.getId()).with(assessor1).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/tasks/" + task.getId()));
        assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee())
                .isEqualTo("cert-assessor1");
        // the other assessor is too late, and cannot complete what the first holds
        mvc.perform(post("/tasks/{id}/claim", task.getId()).with(assessor2).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/tasks"));
        mvc.perform(rubricForm(task, "3").with(assessor2).with(csrf())).andExpect(status().is4xxClientError());
        mvc.perform(rubricForm(task, "7").param("lang", "ru").with(assessor1).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"error-" + Criterion.values()[0].variable() + "\"")));
        assertThat(rubricRows(caseId(pi), "FIRST")).isZero();

        mvc.perform(rubricForm(task, "3").with(assessor1).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(rubricRows(caseId(pi), "FIRST")).isEqualTo(Criterion.values().length);
    }

    /** The score form as the task page posts it, every criterion scored {@code score}. */
    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder rubricForm(Task task,
            String score) {
        var form = post("/tasks/{id}", task.getId()).param("rubricComment", "clear evidence of pupils' progress");
        for (Criterion criterion : Criterion.values()) {
            form = form.param(criterion.variable(), score);
        }
        return form;
    }

    @Test
    void passingPortfolioEarnsAUniqueVerifiableCertificate() {
        String first = newTeacher(COMPLETE);
        String second = newTeacher(COMPLETE);
        ProcessInstance pi1 = startEndorsed(first);
        ProcessInstance pi2 = startEndorsed(second);

        score(pi1, "cert-assessor1", 4, 4, 3, 3, 4, 3);
        score(pi2, "cert-assessor2", 3, 3, 3, 3, 3, 3);

        assertThat(ended(pi1, "End_Certified")).isTrue();
        assertThat(ended(pi2, "End_Certified")).isTrue();
        Long caseId = caseId(pi1);
        CertificationCase certified = certifications.caseOf(caseId);
        assertThat(certified.getStatus()).isEqualTo(CaseStatus.CERTIFIED);
        assertThat(certified.getEndorsedBy()).isEqualTo("cert-facilitator");
        assertThat(certified.getEligible()).isTrue();
        assertThat(certified.getAttendanceRatio()).isEqualByComparingTo("0.90");
        assertThat(rubricRows(caseId, "FIRST")).isEqualTo(6);
        assertThat(certifications.scoresOf(caseId)).extracting(RubricScore::getAssessor).containsOnly("cert-assessor1");
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pi1.getId())
                .variableName("scoreReflection").count()).as("scores leave the process once stored").isZero();

        Certificate one = certifications.certificateOf(first).orElseThrow();
        Certificate two = certifications.certificateOf(second).orElseThrow();
        assertThat(one.getNumber()).matches("SHM-\\d{4}-\\d{6}").isNotEqualTo(two.getNumber());
        assertThat(one.getVerificationCode())
                .matches("[" + CertificateNumbers.CODE_ALPHABET + "]{" + CertificateNumbers.CODE_LENGTH + "}")
                .isNotEqualTo(two.getVerificationCode());
        assertThat(certifications.verify(one.getNumber(), one.getVerificationCode())).hasValueSatisfying(
                verified -> assertThat(verified.teacher()).isEqualTo(first));
        assertThat(certifications.verify(one.getNumber(), two.getVerificationCode())).isEmpty();
        assertThat(certifications.verify(two.getNumber(), one.getVerificationCode())).isEmpty();
        await().untilAsserted(() -> assertThat(notifier.of(first, "notify.certification.certified")).singleElement()
                .extracting(Notification::argumentList).isEqualTo(
                        new String[] {one.getNumber(), one.getVerificationCode()}));
    }

    @Test
    void scoresOutsideTheRubricAreRefusedAndTheTaskStaysOpen() {
        ProcessInstance pi = startEndorsed(newTeacher(COMPLETE));
        Task task = taskAt(pi, "ScorePortfolio");
        tasks.claim(task.getId(), "cert-assessor1");

        assertThatThrownBy(() -> tasks.complete(task.getId(), rubric(4, 4, 5, 4, 4, 4)))
                .hasRootCauseInstanceOf(TaskInputRejected.class).hasMessageContaining("scoreLeadershipOfChange");
        assertThatThrownBy(() -> tasks.complete(task.getId(), rubric(4, 4, 4, -1, 4, 4)))
                .hasRootCauseInstanceOf(TaskInputRejected.class).hasMessageContaining("scoreUseOfEvidence");
        Map<String, Object> missingOne = rubric(4, 4, 4, 4, 4, 4);
        missingOne.remove("scoreReflection");
        assertThatThrownBy(() -> tasks.complete(task.getId(), missingOne))
                .hasRootCauseInstanceOf(TaskInputRejected.class).hasMessageContaining("scoreReflection");

        assertThat(taskAt(pi, "ScorePortfolio")).isNotNull();
        assertThat(rubricRows(caseId(pi), "FIRST")).isZero();
        assertThat(certifications.caseOf(caseId(pi)).getStatus()).isEqualTo(CaseStatus.ENDORSED);
    }

    @Test
    void firstAssessorCannotModerateAndASecondAssessorDecides() {
        String teacher = newTeacher(COMPLETE);
        ProcessInstance pi = startEndorsed(teacher);
        score(pi, "cert-assessor1", 4, 4, 4, 4, 4, 1);
        Task moderate = taskAt(pi, "ModeratePortfolio");
        assertThat(moderate).as("strong but uneven scores are moderated").isNotNull();

        assertThatThrownBy(() -> tasks.claim(moderate.getId(), "cert-assessor1"))
                .hasRootCauseInstanceOf(TaskInputRejected.class);
        assertThat(taskAt(pi, "ModeratePortfolio").getAssignee()).isNull();

        tasks.claim(moderate.getId(), "cert-assessor2");
        Map<String, Object> decision = rubric(4, 3, 4, 3, 3, 2);
        decision.put("moderationDecision", "pass");
        tasks.complete(moderate.getId(), decision);

        assertThat(ended(pi, "End_Certified")).isTrue();
        assertThat(rubricRows(caseId(pi), "FIRST")).isEqualTo(6);
        assertThat(rubricRows(caseId(pi), "MODERATOR")).isEqualTo(6);
        assertThat(jdbc.queryForList("select distinct assessor from shamy.rubric_score where role = 'MODERATOR'"
                + " and case_id = ?", String.class, caseId(pi))).containsExactly("cert-assessor2");
        assertThat(certifications.certificateOf(teacher)).isPresent();
    }

    @Test
    void moderationDecisionMustBeOneOfPassReviseFail() {
        ProcessInstance pi = startEndorsed(newTeacher(COMPLETE));
        score(pi, "cert-assessor1", 2, 2, 2, 2, 1, 1);
        Task moderate = taskAt(pi, "ModeratePortfolio");
        tasks.claim(moderate.getId(), "cert-assessor2");
        Map<String, Object> decision = rubric(2, 2, 2, 2, 1, 1);
        decision.put("moderationDecision", "maybe");

        assertThatThrownBy(() -> tasks.complete(moderate.getId(), decision))
                .hasRootCauseInstanceOf(TaskInputRejected.class);
        assertThat(taskAt(pi, "ModeratePortfolio")).isNotNull();
        assertThat(rubricRows(caseId(pi), "MODERATOR")).isZero();

        decision.put("moderationDecision", "fail");
        tasks.complete(moderate.getId(), decision);
        assertThat(ended(pi, "End_Failed")).isTrue();
        assertThat(certifications.caseOf(caseId(pi)).getStatus()).isEqualTo(CaseStatus.FAILED);
    }

    @Test
    void teacherRevisesAndTheRoundIsRecorded() {
        String teacher = newTeacher(COMPLETE);
        ProcessInstance pi = startEndorsed(teacher);
        score(pi, "cert-assessor1", 2, 2, 2, 2, 3, 3);
        Task revise = taskAt(pi, "RevisePortfolio");
        assertThat(revise.getAssignee()).isEqualTo(teacher);

        assertThatThrownBy(() -> tasks.complete(revise.getId(), Map.of("revisionNote", "  ")))
                .hasRootCauseInstanceOf(TaskInputRejected.class);
        tasks.complete(revise.getId(), Map.of("revisionNote", "added lesson observations"));

        CertificationCase revised = certifications.caseOf(caseId(pi));
        assertThat(revised.getRevisionRound()).isEqualTo(1);
        assertThat(revised.getRevisionNote()).isEqualTo("added lesson observations");
        assertThat(runtime.getVariable(pi.getId(), "revisionRound")).isEqualTo(1);
        assertThat(runtime.getVariable(pi.getId(), "revisionNote")).isNull();
        assertThat(taskAt(pi, "ScorePortfolio")).isNotNull();
    }

    @Test
    void ineligibleTeacherIsToldEachMissingItem() {
        String teacher = newTeacher(new Portfolio(0.5, 11, true, false));
        ProcessInstance pi = start(teacher);

        CertificationCase notEligible = certifications.caseOf(caseId(pi));
        assertThat(notEligible.getStatus()).isEqualTo(CaseStatus.NOT_ELIGIBLE);
        assertThat(notEligible.getMissing()).isEqualTo("attendance, poster");
        await().untilAsserted(() -> assertThat(notifier.of(teacher, "notify.certification.missing.attendance")).singleElement()
                .extracting(n -> n.argumentList()[0]).isEqualTo("50"));
        await().untilAsserted(() -> assertThat(notifier.of(teacher, "notify.certification.missing.poster")).hasSize(1));
        assertThat(notifier.of(teacher, "notify.certification.missing.report")).isEmpty();
        Task review = taskAt(pi, "ReviewMissingItems");
        assertThat(review.getAssignee()).isEqualTo(teacher);
        assertThat(runtime.getVariable(pi.getId(), "missing")).isEqualTo("attendance, poster");
    }

    @Test
    void facilitatorMustGiveAReasonToDecline() {
        String teacher = newTeacher(COMPLETE);
        ProcessInstance pi = start(teacher);
        Task endorse = taskAt(pi, "EndorsePortfolio");

        assertThatThrownBy(() -> tasks.complete(endorse.getId(), Map.of("endorsement", "decline")))
                .hasRootCauseInstanceOf(TaskInputRejected.class).hasMessageContaining("declineReason");
        tasks.complete(endorse.getId(), Map.of("endorsement", "decline", "declineReason", "poster not yet shown"));

        assertThat(ended(pi, "End_NotEndorsed")).isTrue();
        CertificationCase declined = certifications.caseOf(caseId(pi));
        assertThat(declined.getStatus()).isEqualTo(CaseStatus.NOT_ENDORSED);
        assertThat(declined.getEndorsementNote()).isEqualTo("poster not yet shown");
        await().untilAsserted(() -> assertThat(notifier.of(teacher, "notify.certification.notEndorsed")).hasSize(1));
    }

    @Test
    void startIsRefusedForWrongPeopleOrMissingIds() {
        String teacher = newTeacher(COMPLETE);
        long before = jdbc.queryForObject("select count(*) from shamy.certification_case", Long.class);

        assertThatThrownBy(() -> runtime.startProcessInstanceByKey("certification-approval", Map.of(
                "teacherId", "cert-facilitator", "facilitatorId", "cert-facilitator", "circleId", 1L,
                "projectId", 2L))).isInstanceOf(ProcessStartRejected.class);
        assertThatThrownBy(() -> runtime.startProcessInstanceByKey("certification-approval", Map.of(
                "teacherId", teacher, "facilitatorId", "nobody", "circleId", 1L, "projectId", 2L)))
                .isInstanceOf(ProcessStartRejected.class);
        assertThatThrownBy(() -> runtime.startProcessInstanceByKey("certification-approval", Map.of(
                "teacherId", teacher, "facilitatorId", "cert-facilitator", "circleId", 1L)))
                .isInstanceOf(ProcessStartRejected.class).hasMessageContaining("projectId");

        assertThat(jdbc.queryForObject("select count(*) from shamy.certification_case", Long.class))
                .isEqualTo(before);
        assertThat(runtime.createProcessInstanceQuery().variableValueEquals("teacherId", teacher).count()).isZero();
    }

    @Test
    void verificationAnswersOnlyAMatchingNumberAndCode() throws Exception {
        String teacher = newTeacher(COMPLETE);
        score(startEndorsed(teacher), "cert-assessor1", 4, 4, 4, 4, 4, 4);
        Certificate certificate = certifications.certificateOf(teacher).orElseThrow();

        mvc.perform(get("/api/certificates/verify").param("number", certificate.getNumber())
                        .param("code", certificate.getVerificationCode()).with(user("anyone").roles("STAFF")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.number").value(certificate.getNumber()))
                .andExpect(jsonPath("$.teacher").value(teacher));
        mvc.perform(get("/api/certificates/verify").param("number", certificate.getNumber())
                        .param("code", "AAAAAAAAAA").with(user("anyone").roles("STAFF")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/certificates/verify").param("number", certificate.getNumber())
                        .param("code", certificate.getVerificationCode()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void caseIsReadableOnlyByThePeopleInvolved() throws Exception {
        String teacher = newTeacher(COMPLETE);
        ProcessInstance pi = startEndorsed(teacher);
        score(pi, "cert-assessor1", 3, 3, 3, 3, 3, 3);
        String path = "/api/certification-cases/" + caseId(pi);

        mvc.perform(get(path).with(user(teacher).roles("TEACHER"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CERTIFIED"))
                .andExpect(jsonPath("$.scores.length()").value(6));
        mvc.perform(get(path).with(user("cert-facilitator").roles("FACILITATOR"))).andExpect(status().isOk());
        mvc.perform(get(path).with(user("cert-assessor2").roles("ASSESSOR"))).andExpect(status().isOk());
        mvc.perform(get(path).with(user("someone-admin").roles("ADMIN"))).andExpect(status().isOk());
        mvc.perform(get(path).with(user("other-teacher").roles("TEACHER"))).andExpect(status().isForbidden());
        mvc.perform(get(path).with(user("other-facilitator").roles("FACILITATOR")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/certification-cases/999999").with(user("someone-admin").roles("ADMIN")))
                .andExpect(status().isNotFound());
    }

    @Test
    void everyNotificationReadsInKazakhRussianAndEnglish() {
        List<String> keys = List.of("notify.certification.missing.attendance", "notify.certification.missing.stages",
                "notify.certification.missing.report", "notify.certification.missing.poster",
                "notify.certification.notEndorsed", "notify.certification.certified", "notify.certification.failed");
        for (Locale locale : List.of(Locale.forLanguageTag("kk"), Locale.forLanguageTag("ru"), Locale.ENGLISH)) {
            for (String key : keys) {
                assertThat(messages.getMessage(key, new Object[] {"x", "y", "z"}, null, locale))
                        .as(key + " in " + locale).isNotBlank();
            }
        }
        assertThat(messages.getMessage("notify.certification.failed", new Object[] {2}, Locale.forLanguageTag("kk")))
                .contains("пысықтаулар");
    }
}
