package kz.shamy.circle.internal;

/**
 * Names of the circle-cycle process, the process it calls per teacher, and their variables. certification-approval
 * is named once, as calledElement of the call activity Certification in circle-cycle.bpmn.
 */
public final class CircleCycleVariables {

    public static final String PROCESS_KEY = "circle-cycle";
    public static final String DEVELOPMENT_WORK_KEY = "development-work";

    /** Long: the circle record. */
    public static final String CIRCLE_ID = "circleId";
    /** String: the facilitator's username. */
    public static final String FACILITATOR_ID = "facilitatorId";
    /** List of String: the teachers' usernames; one development-work instance each. */
    public static final String TEACHER_IDS = "teacherIds";
    /** String: one teacher's username (the multi-instance element variable). */
    public static final String TEACHER_ID = "teacherId";
    /** String: ISO 8601 repeating interval for circle sessions, like R/P14D. */
    public static final String SESSION_CYCLE = "sessionCycle";
    /** Long, out of development-work: the teacher's project. */
    public static final String PROJECT_ID = "projectId";
    /** Boolean, out of development-work: whether the project was completed. */
    public static final String PROJECT_COMPLETED = "projectCompleted";

    // form fields of RecordCircleSession; removed once stored in circle_session
    public static final String SESSION_DATE = "sessionDate";
    public static final String SESSION_ATTENDEES = "sessionAttendees";
    public static final String SESSION_NOTES = "sessionNotes";

    // form fields of RecordNetworkEvent; removed once stored in network_event
    public static final String EVENT_DATE = "eventDate";
    public static final String EVENT_PLACE = "eventPlace";
    /** Usernames of the teachers who presented their poster; the titles come from their projects. */
    public static final String PRESENTERS = "presenters";

    /** Message that lets the cycle go on to RecordNetworkEvent: every teacher's poster is ready. */
    public static final String POSTERS_READY = "PostersReady";

    private CircleCycleVariables() {
    }
}
