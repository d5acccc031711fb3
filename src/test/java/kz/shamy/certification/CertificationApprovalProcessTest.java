package kz.shamy.certification;

import kz.shamy.certification.internal.CasePeople;
import kz.shamy.certification.internal.CertificationCase;
import kz.shamy.certification.internal.Certifications;
import kz.shamy.certification.internal.FourEyes;
import kz.shamy.certification.internal.GatherPortfolio;
import kz.shamy.certification.internal.IssueCertificate;
import kz.shamy.certification.internal.NotifyFailed;
import kz.shamy.certification.internal.NotifyMissingItems;
import kz.shamy.certification.internal.NotifyNotEndorsed;
import kz.shamy.certification.Portfolio;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.claim;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import kz.shamy.workflow.TaskInputRejected;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * certification-approval on the bare engine: delegates and listeners are mocks or small fakes, the two DMN
 * decisions are real, so every path below is chosen by the real rules. Fails unless every flow node and
 * sequence flow is covered.
 */
@Deployment(resources = {
        "processes/certification/certification-approval.bpmn",
        "processes/certification/certification-eligibility.dmn",
        "processes/certification/certification-outcome.dmn"})
class CertificationApprovalProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension
            .builder()
            .assertClassCoverageAtLeast(1.0).build();

    ProcessEngine processEngine;

    private static final Portfolio COMPLETE = new Portfolio(0.9, 11, true, true);

    private Portfolio portfolio = COMPLETE;

    private final ExecutionListener recordEligibility = mock(ExecutionListener.class);
    private final JavaDelegate notifyMissingItems = mock(JavaDelegate.class);
    private final TaskListener portfolioEndorsed = mock(TaskListener.class);
    private final JavaDelegate notifyNotEndorsed = mock(JavaDelegate.class);
    private final TaskListener portfolioModerated = mock(TaskListener.class);
    private final JavaDelegate issueCertificate = mock(JavaDelegate.class);
    private final JavaDelegate notifyFailed = mock(JavaDelegate.class);
    private final CasePeople casePeople = mock(CasePeople.class);
    private final Certifications certifications = mock(Certifications.class);
    /** Who scored the portfolio as first assessor, as the rubric table would say. */
    private String scoredBy;

    @BeforeEach
    void registerDelegates() {
        BpmnAwareTests.init(processEngine);
        Mocks.register("openCertificationCase", (ExecutionListener) execution -> {
            execution.setVariable("caseId", 1L);
            execution.setVariable("revisionRound", 0);
        });
        Mocks.register("gatherPortfolio", (JavaDelegate) execution -> {
            execution.setVariable("attendanceRatio", portfolio.attendanceRatio());
            execution.setVariable("stagesCompleted", portfolio.stagesCompleted());
            execution.setVariable("reportApproved", portfolio.reportApproved());
            execution.setVariable("posterPresented", portfolio.posterPresented());
        });
        Mocks.register("recordEligibility", recordEligibility);
        Mocks.register("notifyMissingItems", notifyMissingItems);
        Mocks.register("portfolioEndorsed", portfolioEndorsed);
        Mocks.register("notifyNotEndorsed", notifyNotEndorsed);
        // the scores' listener is replaced by the test completing the task with the outcome's inputs
        Mocks.register("portfolioScored", mock(TaskListener.class));
        CertificationCase theCase = mock(CertificationCase.class);
        when(theCase.getId()).thenReturn(1L);
        when(certifications.boundTo(anyString())).thenReturn(theCase);
        when(certifications.firstAssessorOf(1L)).thenAnswer(call -> Optional.ofNullable(scoredBy));
        Mocks.register("fourEyes", new FourEyes(certifications));
        when(casePeople.teacher(any())).thenReturn("teacher1");
        when(casePeople.facilitator(any())).thenReturn("facilitator1");
        Mocks.register("casePeople", casePeople);
        Mocks.register("portfolioModerated", portfolioModerated);
        Mocks.register("portfolioRevised", (TaskListener) task -> task.getExecution()
                .setVariable("revisionRound", (Integer) task.getVariable("revisionRound") + 1));
        Mocks.register("issueCertificate", issueCertificate);
        Mocks.register("notifyFailed", notifyFailed);
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey("certification-approval", Map.of(
                "teacherId", "teacher1", "facilitatorId", "facilitator1", "circleId", 7L, "projectId", 9L));
    }

    private ProcessInstance startEndorsed() {
        ProcessInstance pi = start();
        assertThat(pi).isWaitingAt("EndorsePortfolio");
        assertThat(task()).isAssignedTo("facilitator1");
        complete(task(), withVariables("endorsement", "endorse"));
        assertThat(pi).isWaitingAt("ScorePortfolio");
        assertThat(task()).hasCandidateGroup("assessors");
        return pi;
    }

    /** The first assessor scores; the totals decide the outcome through the real DMN. */
    private void score(String assessor, int total, int lowest) {
        claim(task(), assessor);
        scoredBy = assessor;
        complete(task(), withVariables("firstAssessor", assessor, "totalScore", total, "lowestScore", lowest));
    }

    private void revise(ProcessInstance pi) {
        assertThat(pi).isWaitingAt("RevisePortfolio");
        assertThat(task()).isAssignedTo("teacher1");
        complete(task(), withVariables("revisionNote", "added pupil evidence"));
        assertThat(pi).isWaitingAt("ScorePortfolio");
    }

    @Test
    void calledByAParentItRunsAsItsChildWithTheFourIdsItsStartListenerReads() {
        Map<String, Object> seenAtStart = new HashMap<>();
        Mocks.register("openCertificationCase", (ExecutionListener) execution -> {
            seenAtStart.putAll(execution.getVariables());
            execution.setVariable("caseId", 1L);
            execution.setVariable("revisionRound", 0);
        });
        // the shape of circle-cycle's call activity Certification (CircleCycleModelTests pins its expressions)
        BpmnModelInstance parent = Bpmn.createExecutableProcess("certification-caller").camundaHistoryTimeToLive(1)
                .startEvent().callActivity("Certification").calledElement("certification-approval")
                .camundaIn("teacherId", "teacherId").camundaIn("facilitatorId", "facilitatorId")
                .camundaIn("circleId", "circleId").camundaIn("projectId", "projectId")
                .endEvent().done();
        String deployment = repositoryService().createDeployment().addModelInstance("caller.bpmn", parent).deploy()
                .getId();
        try {
            portfolio = new Portfolio(0.5, 11, true, true);
            ProcessInstance caller = runtimeService().startProcessInstanceByKey("certification-caller", Map.of(
                    "teacherId", "teacher1", "facilitatorId", "facilitator1", "circleId", 7L, "projectId", 9L,
                    "somethingElse", "not passed"));

            ProcessInstance child = runtimeService().createProcessInstanceQuery()
                    .superProcessInstanceId(caller.getId()).singleResult();
            Assertions.assertThat(child.getProcessDefinitionId()).startsWith("certification-approval:");
            Assertions.assertThat(seenAtStart).isEqualTo(Map.of("teacherId", "teacher1",
                    "facilitatorId", "facilitator1", "circleId", 7L, "projectId", 9L));
            assertThat(child).isWaitingAt("ReviewMissingItems");
            complete(task(child), withVariables("missingItemsSeen", true));
            assertThat(caller).isEnded();
        } finally {
            repositoryService().deleteDeployment(deployment, true);
        }
    }

    @ParameterizedTest(name = "{4}")
    @CsvSource({
            "0.60, 11, true,  true,  attendance",
            "0.90, 10, true,  true,  stages",
            "0.90, 11, false, true,  report",
            "0.90, 11, true,  false, poster",
            "0.10, 3,  false, false, 'attendance, stages, report, poster'"})
    void teacherMissingSomethingIsToldWhatAndStops(double attendance, int stages, boolean report, boolean poster,
            String missing) throws Exception {
        portfolio = new Portfolio(attendance, stages, report, poster);
        ProcessInstance pi = start();

        assertThat(pi).hasPassed("GatherPortfolio", "DecideEligibility", "NotifyMissingItems")
                .isWaitingAt("ReviewMissingItems");
        assertThat(task()).isAssignedTo("teacher1");
        verify(notifyMissingItems).execute(any());
        verify(recordEligibility).notify(any());
        for (String item : missing.split(", ")) {
            Assertions.assertThat(runtimeService().getVariable(pi.getId(), "eligibility").toString()).contains(item);
        }
        complete(task(), withVariables("missingItemsSeen", true));
        assertThat(pi).isEnded().hasPassed("End_NotEligible").hasNotPassed("EndorsePortfolio");
    }

    @Test
    void facilitatorDeclinesAndTheTeacherIsToldWhy() throws Exception {
        ProcessInstance pi = start();
        assertThat(pi).isWaitingAt("EndorsePortfolio");

        complete(task(), withVariables("endorsement", "decline", "declineReason", "report not shared"));

        assertThat(pi).isEnded().hasPassed("NotifyNotEndorsed", "End_NotEndorsed").hasNotPassed("ScorePortfolio");
        verify(portfolioEndorsed).notify(any());
        verify(notifyNotEndorsed).execute(any());
    }

    @Test
    void strongEvenScoresPassAndTheCertificateIsIssued() throws Exception {
        ProcessInstance pi = startEndorsed();

        score("assessor1", 20, 3);

        assertThat(pi).isEnded().hasPassed("DecideOutcome", "IssueCertificate", "End_Certified")
                .hasNotPassed("ModeratePortfolio").variables().containsEntry("outcome", "pass");
        verify(issueCertificate).execute(any());
        verify(notifyFailed, never()).execute(any());
    }

    @Test
    void lowScoresFail() throws Exception {
        ProcessInstance pi = startEndorsed();

        score("assessor1", 6, 0);

        assertThat(pi).isEnded().hasPassed("NotifyFailed", "End_Failed").variables().containsEntry("outcome", "fail");
        verify(issueCertificate, never()).execute(any());
    }

    @Test
    void strongButUnevenScoresGoToASecondAssessorWhoPasses() throws Exception {
        ProcessInstance pi = startEndorsed();
        score("assessor1", 18, 1);
        assertThat(pi).isWaitingAt("ModeratePortfolio");
        assertThat(task()).hasCandidateGroup("assessors");

        claim(task(), "assessor2");
        complete(task(), withVariables("moderationDecision", "pass"));

        assertThat(pi).isEnded().hasPassed("IssueCertificate", "End_Certified");
        verify(portfolioModerated).notify(any());
        verify(issueCertificate).execute(any());
    }

    @Test
    void borderlineScoresGoToASecondAssessorWhoFails() throws Exception {
        ProcessInstance pi = startEndorsed();
        score("assessor1", 10, 1);
        assertThat(pi).isWaitingAt("ModeratePortfolio");

        claim(task(), "assessor2");
        complete(task(), withVariables("moderationDecision", "fail"));

        assertThat(pi).isEnded().hasPassed("NotifyFailed", "End_Failed").hasNotPassed("IssueCertificate");
    }

    @Test
    void secondAssessorSendsThePortfolioBackForRevision() throws Exception {
        ProcessInstance pi = startEndorsed();
        score("assessor1", 10, 2);
        claim(task(), "assessor2");
        complete(task(), withVariables("moderationDecision", "revise"));

        revise(pi);
        score("assessor1", 20, 3);

        assertThat(pi).isEnded().hasPassed("Gateway_JoinRevision", "RevisePortfolio", "End_Certified")
                .variables().containsEntry("revisionRound", 1);
    }

    @Test
    void firstAssessorCannotModerateTheirOwnScoring() throws Exception {
        ProcessInstance pi = startEndorsed();
        score("assessor1", 18, 0);
        assertThat(pi).isWaitingAt("ModeratePortfolio");
        String taskId = task().getId();

        assertThatThrownBy(() -> taskService().claim(taskId, "assessor1"))
                .hasRootCauseInstanceOf(TaskInputRejected.class).hasMessageContaining("may not also moderate");
        assertThat(task()).isNotAssigned();

        assertThatThrownBy(() -> taskService().setAssignee(taskId, "assessor1"))
                .hasRootCauseInstanceOf(TaskInputRejected.class);
        assertThat(pi).isWaitingAt("ModeratePortfolio");

        claim(task(), "assessor2");
        assertThat(task()).isAssignedTo("assessor2");
    }

    @Test
    void firstAssessorCannotCompleteModerationUnclaimed() throws Exception {
        ProcessInstance pi = startEndorsed();
        score("assessor1", 9, 1);
        String taskId = task().getId();
        var identity = processEngine.getIdentityService();
        identity.setAuthenticatedUserId("assessor1");
        try {
            assertThatThrownBy(() -> taskService().complete(taskId, Map.of("moderationDecision", "pass")))
                    .hasRootCauseInstanceOf(TaskInputRejected.class);
        } finally {
            identity.clearAuthentication();
        }
        assertThat(pi).isWaitingAt("ModeratePortfolio");
        verify(portfolioModerated, never()).notify(any());
    }

    @Test
    void middlingScoresAreRevisedOnceThenPass() throws Exception {
        ProcessInstance pi = startEndorsed();
        score("assessor1", 13, 2);

        revise(pi);
        score("assessor2", 17, 2);

        assertThat(pi).isEnded().hasPassed("RevisePortfolio", "IssueCertificate", "End_Certified")
                .variables().containsEntry("revisionRound", 1);
    }

    @Test
    void aThirdReviseAfterTwoRevisionsFails() throws Exception {
        ProcessInstance pi = startEndorsed();
        score("assessor1", 13, 2);
        revise(pi);
        score("assessor1", 14, 2);
        revise(pi);

        score("assessor1", 15, 3);

        assertThat(pi).isEnded().hasPassed("Gateway_RevisionsLeft", "NotifyFailed", "End_Failed")
                .hasNotPassed("IssueCertificate").variables().containsEntry("revisionRound", 2);
        verify(notifyFailed).execute(any());
    }

    @Test
    void moderatorsReviseAfterTwoRevisionsAlsoFails() throws Exception {
        ProcessInstance pi = startEndorsed();
        score("assessor1", 12, 2);
        revise(pi);
        score("assessor1", 12, 2);
        revise(pi);
        score("assessor1", 11, 1);
        claim(task(), "assessor2");

        complete(task(), withVariables("moderationDecision", "revise"));

        assertThat(pi).isEnded().hasPassed("Gateway_ModerationDecision", "End_Failed");
    }
}
