package kz.shamy.circle;

import kz.shamy.circle.internal.CircleSessions;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import kz.shamy.ShamyIntegrationTest;
import kz.shamy.circle.CircleProgress.CircleAttendance;
import kz.shamy.shared.SchoolTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The attendance alert: a teacher who missed the circle's last two sessions in a row is named; one who came to the
 * latest is not, however many they missed before.
 */
@ShamyIntegrationTest
class CircleAttendanceIntegrationTests {

    @Autowired Circles circles;
    @Autowired CircleSessions sessions;
    @Autowired CircleProgress progress;

    @Test
    void aTeacherIsNamedAfterTwoMissedSessionsInARowAndNoLongerOnceTheyComeBack() {
        Long circle = circles.circleOf("teacher1").orElseThrow().id();
        LocalDate today = SchoolTime.today(java.time.Clock.systemUTC());

        // the demo's three sessions: teacher3 came to the first only
        CircleAttendance demo = progress.attendanceOf(circle);
        assertThat(demo.sessions()).extracting(CircleProgress.SessionAttendance::present).containsExactly(3, 2, 2);
        assertThat(demo.missedInARow()).containsEntry("teacher1", 0).containsEntry("teacher3", 2);
        assertThat(demo.alerts()).containsExactly("teacher3");

        // one missed session is no alert yet; teacher3 came back, so hers is gone
        sessions.recordSession(circle, today.minusDays(1), List.of("teacher3"), "");
        CircleAttendance afterOne = progress.attendanceOf(circle);
        assertThat(afterOne.missedInARow()).containsEntry("teacher1", 1).containsEntry("teacher3", 0);
        assertThat(afterOne.alerts()).isEmpty();

        // a second in a row is
        sessions.recordSession(circle, today, List.of("teacher3"), "");
        assertThat(progress.attendanceOf(circle).alerts()).containsExactly("teacher1", "teacher2");
    }
}
