package kz.shamy.circle;

/**
 * A circle's year is over: every teacher's development work has ended and the network event is recorded. Published
 * in the transaction of CloseCycle; listeners run once it has committed. (Certification is not a listener: the
 * cycle itself calls certification-approval for each completed teacher next, so Cockpit shows the link.)
 */
public record CircleClosed(Long circleId, String facilitatorId) {
}
