package kz.shamy.certification;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** The certificate a teacher earned; anyone signed in can verify it by number and verification code. */
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
}
