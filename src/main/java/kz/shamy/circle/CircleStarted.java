package kz.shamy.circle;

/** A circle's records were created and its circle-cycle process started. */
public record CircleStarted(Long circleId, String processInstanceId) {
}
