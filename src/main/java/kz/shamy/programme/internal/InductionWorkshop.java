package kz.shamy.programme.internal;

import java.util.List;

/** The {@code induction-workshop} process: its key and the names of its variables. */
public final class InductionWorkshop {

    public static final String PROCESS_KEY = "induction-workshop";

    /** Long: the workshop record; the only input a starter must give. */
    public static final String WORKSHOP_ID = "workshopId";
    /** List of String: usernames of everyone invited (taken from the workshop's invitations at start). */
    public static final String INVITEES = "invitees";
    /** String: the invitee of one multi-instance answer task. */
    public static final String INVITEE_ID = "inviteeId";
    /** Date: when the invitees who have not answered get a reminder. */
    public static final String REMINDER_AT = "reminderAt";
    /** Date: end of the registration deadline; whoever has not answered by then is recorded as no answer. */
    public static final String ANSWER_DEADLINE = "answerDeadline";
    /** String, ISO 8601 duration: how long attendees may give feedback. */
    public static final String FEEDBACK_PERIOD = "feedbackPeriod";
    /** List of String: usernames of everyone who attended at least one day. */
    public static final String ATTENDEES = "attendees";
    /** String: the attendee of one multi-instance feedback task. */
    public static final String ATTENDEE_ID = "attendeeId";

    // Form fields of the tasks; stored in Shamy's tables by the task listeners, then removed.
    public static final String ANSWER = "answer";
    public static final String ATTENDED_DAY1 = "attendedDay1";
    public static final String ATTENDED_DAY2 = "attendedDay2";
    public static final String FEEDBACK_RATING = "feedbackRating";
    public static final String FEEDBACK_TEXT = "feedbackText";

    // Fields of the start form (workshop-plan.form); stored as the workshop record, then removed.
    public static final String PROGRAMME_ID = "programmeId";
    public static final String REGION_ID = "regionId";
    public static final String VENUE = "venue";
    public static final String DAY1 = "day1";
    public static final String DAY2 = "day2";
    public static final String REGISTRATION_DEADLINE = "registrationDeadline";
    public static final String INVITEE_USERNAMES = "inviteeUsernames";
    public static final List<String> START_FORM_FIELDS = List.of(PROGRAMME_ID, REGION_ID, VENUE, DAY1, DAY2,
            REGISTRATION_DEADLINE, INVITEE_USERNAMES);

    // User task ids
    public static final String RECORD_ATTENDANCE_DAY1 = "RecordAttendanceDay1";
    public static final String RECORD_ATTENDANCE_DAY2 = "RecordAttendanceDay2";

    private InductionWorkshop() {
    }
}
