package kz.shamy.certification.internal;

import kz.shamy.certification.Portfolio;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kz.shamy.identity.People;
import kz.shamy.shared.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certification cases, their rubric scores and certificates. Other features read through the public
 * methods; the process's delegates and listeners record each step through the package-private ones.
 */
@Service
@Transactional(readOnly = true)
public class Certifications {

    private final CertificationCaseRepository cases;
    private final RubricScoreRepository scores;
    private final CertificateRepository certificates;
    private final CertificateNumbers numbers;
    private final People people;
    private final Clock clock;

    Certifications(CertificationCaseRepository cases, RubricScoreRepository scores,
            CertificateRepository certificates, CertificateNumbers numbers, People people, Clock clock) {
        this.clock = clock;
        this.cases = cases;
        this.scores = scores;
        this.certificates = certificates;
        this.numbers = numbers;
        this.people = people;
    }

    public CertificationCase caseOf(Long id) {
        return cases.findById(id).orElseThrow(() -> new NotFound("certification case", id));
    }

    /**
     * The case a {@code certification-approval} instance decides, as bound when it started: who and what the
     * instance concerns is read here, never from its variables, which a task's holder could write.
     */
    public CertificationCase boundTo(String processInstanceId) {
        return cases.findByProcessInstanceId(processInstanceId).orElseThrow(() -> new IllegalStateException(
                "process instance " + processInstanceId + " is bound to no certification case"));
    }

    /** The assessor who scored the case's portfolio last as first assessor, if anyone has. */
    public Optional<String> firstAssessorOf(Long caseId) {
        String first = null;
        for (RubricScore score : scoresOf(caseId)) {
            if (score.getRole() == AssessorRole.FIRST) {
                first = score.getAssessor();
            }
        }
        return Optional.ofNullable(first);
    }

    /** The rubric rows of a case, oldest first (first assessor and moderator, every round). */
    public List<RubricScore> scoresOf(Long caseId) {
        return scores.findByCaseIdOrderByScoredAtAscIdAsc(caseId);
    }

    /** The teacher's latest certificate, if they have one. */
    public Optional<Certificate> certificateOf(String teacherId) {
        return certificates.findFirstByTeacherOrderByIssuedAtDesc(teacherId);
    }

    /** The case's certificate in force (after a re-issue, the new one). */
    public Optional<Certificate> certificateOfCase(Long caseId) {
        return certificates.findFirstByCaseIdOrderByIssuedAtDescIdDesc(caseId);
    }

    /** Public verification: the certificate with this number, only when the code matches too. */
    public Optional<VerifiedCertificate> verify(String number, String code) {
        if (number == null || code == null) {
            return Optional.empty();
        }
        return certificates.findByNumber(number.trim().toUpperCase(Locale.ROOT))
                .filter(certificate -> sameCode(certificate.getVerificationCode(), code))
                .map(certificate -> new VerifiedCertificate(certificate.getNumber(), certificate.getTeacher(),
                        people.displayName(certificate.getTeacher()), certificate.getIssuedAt(),
                        certificate.getRevokedAt()));
    }

    private static boolean sameCode(String expected, String given) {
        // constant time, so response timing tells nothing about how much of a code was right
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.trim().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
    }

    @Transactional
    public CertificationCase open(String teacher, String facilitator, Long circleId, Long projectId,
            String processInstanceId) {
        return cases.save(new CertificationCase(teacher, facilitator, circleId, projectId, processInstanceId,
                clock.instant()));
    }

    @Transactional
    void portfolioGathered(Long caseId, Portfolio portfolio) {
        caseOf(caseId).portfolioGathered(portfolio);
    }

    @Transactional
    void eligibilityDecided(Long caseId, boolean eligible, String missing) {
        caseOf(caseId).eligibilityDecided(eligible, missing);
    }

    @Transactional
    void endorsed(Long caseId, String facilitator) {
        caseOf(caseId).endorsed(facilitator, clock.instant());
    }

    @Transactional
    void notEndorsed(Long caseId, String reason) {
        caseOf(caseId).notEndorsed(reason);
    }

    @Transactional
    void scored(Long caseId, String assessor, AssessorRole role, Rubric rubric) {
        CertificationCase certificationCase = caseOf(caseId);
        var now = clock.instant();
        rubric.scores().forEach((criterion, score) -> scores.save(
                new RubricScore(caseId, assessor, role, criterion, score, rubric.comment(), now)));
        certificationCase.movedTo(role == AssessorRole.FIRST ? CaseStatus.SCORED : CaseStatus.MODERATED);
    }

    /** Records a revision and returns the revision round it was. */
    @Transactional
    int revised(Long caseId, String note) {
        CertificationCase certificationCase = caseOf(caseId);
        certificationCase.revised(note);
        return certificationCase.getRevisionRound();
    }

    /** Issues the case's certificate once; asked again (a retried job), it returns the same certificate. */
    @Transactional
    public Certificate issueCertificate(Long caseId) {
        CertificationCase certificationCase = caseOf(caseId);
        Optional<Certificate> issued = certificateOfCase(caseId);
        if (issued.isPresent()) {
            return issued.get();
        }
        Certificate certificate = numbers.newCertificate(caseId, certificationCase.getTeacher(), clock.instant());
        certificationCase.movedTo(CaseStatus.CERTIFIED);
        return certificate;
    }

    @Transactional
    void failed(Long caseId) {
        caseOf(caseId).movedTo(CaseStatus.FAILED);
    }
}
