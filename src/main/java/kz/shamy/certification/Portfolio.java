package kz.shamy.certification;

/**
 * The facts certification decides eligibility on.
 *
 * @param attendanceRatio share of circle sessions attended, 0.0 to 1.0
 * @param stagesCompleted stages of the development project completed (of {@value #ALL_STAGES})
 * @param reportApproved whether the facilitator approved the project report
 * @param posterPresented whether the teacher presented a poster at a network event
 */
public record Portfolio(double attendanceRatio, int stagesCompleted, boolean reportApproved,
        boolean posterPresented) {

    /** Stages of the teacher-led development work method a project goes through. */
    public static final int ALL_STAGES = 11;
}
