package kz.shamy.certification.internal;

/** Names of the variables of process {@value #PROCESS_KEY}: ids and decisions only. */
public final class CertificationVariables {

    public static final String PROCESS_KEY = "certification-approval";

    // --- given at start, by circle-cycle's call activity Certification (the only caller; admins may start it by REST)
    public static final String TEACHER_ID = "teacherId";
    public static final String FACILITATOR_ID = "facilitatorId";
    public static final String CIRCLE_ID = "circleId";
    public static final String PROJECT_ID = "projectId";

    // --- set by the process
    static final String CASE_ID = "caseId";
    /** Decision inputs of certification-eligibility. */
    static final String ATTENDANCE_RATIO = "attendanceRatio";
    static final String STAGES_COMPLETED = "stagesCompleted";
    static final String REPORT_APPROVED = "reportApproved";
    static final String POSTER_PRESENTED = "posterPresented";
    /** Result list of certification-eligibility: one map {eligible, missing} per matched rule. */
    static final String ELIGIBILITY = "eligibility";
    /** What is missing for eligibility, e.g. "attendance, poster"; empty when eligible. */
    static final String MISSING = "missing";
    /** The facilitator's decision: {@code endorse} or {@code decline}. */
    static final String ENDORSEMENT = "endorsement";
    static final String FIRST_ASSESSOR = "firstAssessor";
    static final String TOTAL_SCORE = "totalScore";
    static final String LOWEST_SCORE = "lowestScore";
    /** Output of certification-outcome: pass, revise, moderate or fail. */
    static final String OUTCOME = "outcome";
    /** The moderator's decision: pass, revise or fail. */
    static final String MODERATION_DECISION = "moderationDecision";
    /** Revisions the teacher has made so far (0..2). */
    static final String REVISION_ROUND = "revisionRound";
    static final String CERTIFICATE_NUMBER = "certificateNumber";

    // --- form content, removed once stored in Shamy's tables
    static final String DECLINE_REASON = "declineReason";
    static final String RUBRIC_COMMENT = "rubricComment";
    static final String REVISION_NOTE = "revisionNote";

    static final String ENDORSE = "endorse";
    static final String DECLINE = "decline";

    /** Revisions a teacher may make; a further "revise" ends in fail. */
    static final int MAX_REVISION_ROUNDS = 2;

    private CertificationVariables() {
    }
}
