package kz.shamy.certification.internal;

/** The rubric a portfolio is scored on: each criterion 0 (no evidence) to 4 (outstanding). */
public enum Criterion {
    PROBLEM_IDENTIFICATION("scoreProblemIdentification"),
    COLLABORATION("scoreCollaboration"),
    LEADERSHIP_OF_CHANGE("scoreLeadershipOfChange"),
    USE_OF_EVIDENCE("scoreUseOfEvidence"),
    REFLECTION("scoreReflection"),
    IMPACT_ON_LEARNING("scoreImpactOnLearning");

    static final int LOWEST = 0;
    static final int HIGHEST = 4;

    private final String variable;

    Criterion(String variable) {
        this.variable = variable;
    }

    /** The form field (and task variable) that carries this criterion's score. */
    public String variable() {
        return variable;
    }
}
