package kz.shamy.certification;

import java.util.List;

/**
 * A certification case was decided, in a way the teacher is told of. Published in the transaction that records the
 * decision; listeners run once it has committed (Spring Modulith's registry keeps the event until they have). Each
 * kind carries the case's id, the teacher's username and the few plain facts the decision consists of.
 */
public sealed interface CertificationDecided {

    Long caseId();

    String teacher();

    /** Passed: the certificate's number and the code that verifies it. */
    record Certified(Long caseId, String teacher, String certificateNumber, String verificationCode)
            implements CertificationDecided {
    }

    /** Failed after {@code revisionRound} revisions. */
    record Failed(Long caseId, String teacher, int revisionRound) implements CertificationDecided {
    }

    /** The facilitator declined to endorse the portfolio, saying why. */
    record NotEndorsed(Long caseId, String teacher, String reason) implements CertificationDecided {
    }

    /**
     * The portfolio is not eligible: what is missing ({@code attendance}, {@code stages}, {@code report},
     * {@code poster}), with the attendance and stages it has.
     */
    record NotEligible(Long caseId, String teacher, List<String> missing, long attendancePercent,
            int stagesCompleted) implements CertificationDecided {
    }
}
