package kz.shamy.programme.internal;

/** A workshop recorded and its induction-workshop process started. */
public record PlannedWorkshop(Long workshopId, String processInstanceId) {
}
