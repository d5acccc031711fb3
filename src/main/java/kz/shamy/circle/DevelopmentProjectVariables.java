package kz.shamy.circle;

/**
 * Variable names of the {@code development-work} process. Ids and decisions stay in the process; the
 * content variables (texts, dates) arrive with a completed task and are moved to Shamy's tables at once.
 */
public final class DevelopmentProjectVariables {

    public static final String PROCESS_KEY = "development-work";

    // inputs (from circle-cycle's call activity, or a direct start)
    /** String: the teacher's username. */
    public static final String TEACHER_ID = "teacherId";
    /** String: the circle facilitator's username; the reviews are theirs. */
    public static final String FACILITATOR_ID = "facilitatorId";
    /** Long: the circle the teacher belongs to. */
    public static final String CIRCLE_ID = "circleId";

    // outputs
    /** Long: the development_project row. */
    public static final String PROJECT_ID = "projectId";
    /** Boolean: true once the report is published. */
    public static final String PROJECT_COMPLETED = "projectCompleted";

    // ids and decisions kept during the run
    /** Long: the project_report row, once the first version is submitted. */
    public static final String REPORT_ID = "reportId";
    public static final String PLAN_APPROVED = "planApproved";
    public static final String ADD_ANOTHER_ENTRY = "addAnotherEntry";
    public static final String WORK_DONE = "workDone";
    public static final String REPORT_APPROVED = "reportApproved";

    // content, removed as soon as it is saved
    public static final String VALUES_STATEMENT = "valuesStatement";
    public static final String CONCERN = "concern";
    public static final String CULTURE_REFLECTION = "cultureReflection";
    public static final String CONSULTATION_NOTES = "consultationNotes";
    public static final String PLAN_TEXT = "planText";
    public static final String PLAN_REVIEW_COMMENTS = "planReviewComments";
    public static final String ENTRY_DATE = "entryDate";
    public static final String ENTRY_KIND = "entryKind";
    public static final String ENTRY_DESCRIPTION = "entryDescription";
    public static final String POSTER_TITLE = "posterTitle";
    public static final String REPORT_TITLE = "reportTitle";
    public static final String REPORT_LANGUAGE = "reportLanguage";
    public static final String REPORT_SUBJECT = "reportSubject";
    public static final String ACADEMIC_YEAR = "academicYear";
    public static final String REPORT_SUMMARY = "reportSummary";
    public static final String REPORT_BODY = "reportBody";
    public static final String REPORT_KEYWORDS = "reportKeywords";
    public static final String REPORT_COMMENTS = "reportComments";

    private DevelopmentProjectVariables() {
    }
}
