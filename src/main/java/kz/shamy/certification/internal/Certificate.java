package kz.shamy.certification.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * The certificate a teacher earned. Anyone can verify it by its verification code on the public page
 * {@code /verify/{code}}; an administrator may revoke it (with a reason) and re-issue it, and the re-issued one
 * then replaces it under a new number and code while this one verifies as revoked.
 */
@Entity
public class Certificate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long caseId;
    private String teacher;
    private String number;
    private String verificationCode;
    private Instant issuedAt;
    private Instant revokedAt;
    private String revokedBy;
    private String revocationReason;
    private Long replacedBy;

    protected Certificate() {
    }

    Certificate(Long caseId, String teacher, String number, String verificationCode, Instant issuedAt) {
        this.caseId = caseId;
        this.teacher = teacher;
        this.number = number;
        this.verificationCode = verificationCode;
        this.issuedAt = issuedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getTeacher() {
        return teacher;
    }

    public String getNumber() {
        return number;
    }

    public String getVerificationCode() {
        return verificationCode;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public String getRevocationReason() {
        return revocationReason;
    }

    /** The certificate issued in this one's place, if it was re-issued. */
    public Long getReplacedBy() {
        return replacedBy;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    void revoke(String administrator, String reason, Instant at) {
        if (isRevoked()) {
            throw new CertificateAlreadyRevoked(number);
        }
        this.revokedAt = at;
        this.revokedBy = administrator;
        this.revocationReason = reason;
    }

    void replacedBy(Certificate replacement) {
        if (replacedBy != null) {
            throw new CertificateAlreadyRevoked(number);
        }
        this.replacedBy = replacement.getId();
    }
}
