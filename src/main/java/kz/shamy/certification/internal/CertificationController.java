package kz.shamy.certification.internal;

import java.util.List;
import kz.shamy.identity.Role;
import kz.shamy.shared.Forbidden;
import kz.shamy.shared.NotFound;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Certificate verification for anyone signed in, and a case's record for the people involved in it. */
@RestController
class CertificationController {

    private final Certifications certifications;

    CertificationController(Certifications certifications) {
        this.certifications = certifications;
    }

    @GetMapping("/api/certificates/verify")
    VerifiedCertificate verify(@RequestParam String number, @RequestParam String code) {
        return certifications.verify(number, code).orElseThrow(() -> new NotFound("certificate", number));
    }

    @GetMapping("/api/certification-cases/{id}")
    CaseView certificationCase(@PathVariable Long id, Authentication user) {
        CertificationCase certificationCase = certifications.caseOf(id);
        if (!mayRead(certificationCase, user)) {
            throw new Forbidden(user.getName() + " may not read certification case " + id);
        }
        return CaseView.of(certificationCase, certifications.scoresOf(id),
                certifications.certificateOfCase(id).map(Certificate::getNumber).orElse(null));
    }

    /** The teacher themselves, their facilitator, any assessor or administrator. */
    static boolean mayRead(CertificationCase certificationCase, Authentication user) {
        String username = user.getName();
        return username.equals(certificationCase.getTeacher())
                || username.equals(certificationCase.getFacilitator())
                || user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                        .anyMatch(authority -> authority.equals(Role.ASSESSOR.authority())
                                || authority.equals(Role.ADMIN.authority()));
    }

    record CaseView(Long id, String teacher, String facilitator, Long circleId, Long projectId,
            CaseStatus status, Boolean eligible, String missing, String endorsedBy, int revisionRound,
            List<ScoreView> scores, String certificateNumber) {

        static CaseView of(CertificationCase c, List<RubricScore> scores, String certificateNumber) {
            return new CaseView(c.getId(), c.getTeacher(), c.getFacilitator(), c.getCircleId(), c.getProjectId(),
                    c.getStatus(), c.getEligible(), c.getMissing(), c.getEndorsedBy(), c.getRevisionRound(),
                    scores.stream().map(ScoreView::of).toList(), certificateNumber);
        }
    }

    record ScoreView(String assessor, AssessorRole role, Criterion criterion, int score, String comment) {

        static ScoreView of(RubricScore s) {
            return new ScoreView(s.getAssessor(), s.getRole(), s.getCriterion(), s.getScore(), s.getComment());
        }
    }
}
