package kz.shamy.circle;

/**
 * One teacher's development work in a circle has ended, completed or not ({@code projectId} null if they never
 * opened a project), as circle_membership records it. Published in that transaction; listeners run after commit.
 */
public record DevelopmentWorkFinished(Long circleId, String teacherId, Long projectId, boolean completed) {
}
