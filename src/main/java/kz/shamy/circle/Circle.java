package kz.shamy.circle;

import java.time.Instant;

/** A professional learning circle (a facilitator's school year with a school's teachers), as other features see it. */
public record Circle(
        Long id, Long schoolId, String facilitatorId, String academicYear, CircleStatus status,
        String processInstanceId, Instant startedAt, Instant closedAt) {

    public boolean isOpen() {
        return status == CircleStatus.OPEN;
    }
}
