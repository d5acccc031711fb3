package kz.shamy.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every rule of certification-eligibility and certification-outcome, at and around its bounds. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {
        "processes/certification/certification-eligibility.dmn",
        "processes/certification/certification-outcome.dmn"})
class CertificationDecisionsTest {

    ProcessEngine processEngine;

    private DmnDecisionResult eligibility(double attendance, int stages, boolean report, boolean poster) {
        return processEngine.getDecisionService().evaluateDecisionByKey("certification-eligibility")
                .variables(Variables.createVariables().putValue("attendanceRatio", attendance)
                        .putValue("stagesCompleted", stages).putValue("reportApproved", report)
                        .putValue("posterPresented", poster))
                .evaluate();
    }

    private DmnDecisionResult outcome(int total, int lowest) {
        return processEngine.getDecisionService().evaluateDecisionByKey("certification-outcome")
                .variables(Variables.createVariables().putValue("totalScore", total).putValue("lowestScore", lowest))
                .evaluate();
    }

    /** The rules that matched in the latest evaluation, from the decision history. */
    private List<String> matchedRules() {
        var latest = processEngine.getHistoryService().createHistoricDecisionInstanceQuery().includeOutputs()
                .orderByEvaluationTime().desc().list().get(0);
        return latest.getOutputs().stream().map(HistoricDecisionOutputInstance::getRuleId).distinct().toList();
    }

    @ParameterizedTest(name = "{0}, {1}, {2}, {3} -> {4}")
    @CsvSource({
            "0.74, 11, true,  true,  Rule_AttendanceTooLow,   attendance",
            "0.00, 11, true,  true,  Rule_AttendanceTooLow,   attendance",
            "0.90, 10, true,  true,  Rule_StagesIncomplete,   stages",
            "0.90, 0,  true,  true,  Rule_StagesIncomplete,   stages",
            "0.90, 11, false, true,  Rule_ReportNotApproved,  report",
            "0.90, 11, true,  false, Rule_PosterNotPresented, poster"})
    void eachUnmetRequirementMakesTheTeacherIneligibleAndIsNamed(double attendance, int stages, boolean report,
            boolean poster, String rule, String missing) {
        DmnDecisionResult result = eligibility(attendance, stages, report, poster);

        assertThat(result.getResultList()).containsExactly(Map.of("eligible", false, "missing", missing));
        assertThat(matchedRules()).containsExactly(rule);
    }

    @ParameterizedTest(name = "attendance {0}, stages {1}")
    @CsvSource({"0.75, 11", "1.0, 11", "0.80, 12"})
    void meetingEveryRequirementMakesTheTeacherEligible(double attendance, int stages) {
        DmnDecisionResult result = eligibility(attendance, stages, true, true);

        assertThat(result.getResultList()).containsExactly(Map.of("eligible", true, "missing", ""));
        assertThat(matchedRules()).containsExactly("Rule_AllRequirementsMet");
    }

    @Test
    void everyMissingItemIsNamedInRuleOrder() {
        DmnDecisionResult result = eligibility(0.5, 4, false, false);

        assertThat(result.collectEntries("missing")).containsExactly("attendance", "stages", "report", "poster");
        assertThat(result.collectEntries("eligible")).containsOnly(false);
        assertThat(matchedRules()).containsExactly("Rule_AttendanceTooLow", "Rule_StagesIncomplete",
                "Rule_ReportNotApproved", "Rule_PosterNotPresented");
    }

    @ParameterizedTest(name = "total {0}, lowest {1} -> {3}")
    @CsvSource({
            "16, 2, Rule_StrongAndEven,   pass",
            "24, 4, Rule_StrongAndEven,   pass",
            "16, 1, Rule_StrongButUneven, moderate",
            "20, 0, Rule_StrongButUneven, moderate",
            "15, 2, Rule_Middling,        revise",
            "12, 0, Rule_Middling,        revise",
            "11, 1, Rule_Borderline,      moderate",
            "9,  0, Rule_Borderline,      moderate",
            "8,  1, Rule_Weak,            fail",
            "0,  0, Rule_Weak,            fail"})
    void rubricScoresDecideTheOutcome(int total, int lowest, String rule, String expected) {
        DmnDecisionResult result = outcome(total, lowest);

        assertThat((String) result.getSingleEntry()).isEqualTo(expected);
        assertThat(matchedRules()).containsExactly(rule);
    }
}
