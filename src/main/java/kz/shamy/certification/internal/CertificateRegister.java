package kz.shamy.certification.internal;

import kz.shamy.certification.CertificateReissued;
import kz.shamy.certification.CertificateRevoked;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kz.shamy.identity.People;
import kz.shamy.identity.Person;
import kz.shamy.programme.Programme;
import kz.shamy.programme.School;
import kz.shamy.programme.Schools;
import kz.shamy.shared.NotFound;
import kz.shamy.shared.SchoolTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issued certificates: who may read which, what a certificate's document and its public verification say, and
 * an administrator's revocation and re-issue.
 */
@Service
@Transactional(readOnly = true)
public class CertificateRegister {

    static final int REASON_MAX_LENGTH = 2000;

    private final CertificateRepository certificates;
    private final CertificationCaseRepository cases;
    private final CertificateNumbers numbers;
    private final People people;
    private final Schools schools;
    private final ApplicationEventPublisher events;
    private final VerificationLinks links;
    private final Clock clock;

    CertificateRegister(CertificateRepository certificates, CertificationCaseRepository cases,
            CertificateNumbers numbers, People people, Schools schools, ApplicationEventPublisher events, VerificationLinks links,
            Clock clock) {
        this.certificates = certificates;
        this.cases = cases;
        this.numbers = numbers;
        this.people = people;
        this.schools = schools;
        this.events = events;
        this.links = links;
        this.clock = clock;
    }

    public Certificate certificate(Long id) {
        return certificates.findById(id).orElseThrow(() -> new NotFound("certificate", id));
    }

    /** The certificate if {@code reader} may see it: its holder, the facilitator of its case, or an administrator. */
    Certificate readableBy(Long id, String reader, boolean administrator) {
        Certificate certificate = certificate(id);
        boolean involved = reader.equals(certificate.getTeacher()) || cases.findById(certificate.getCaseId())
                .map(CertificationCase::getFacilitator).filter(reader::equals).isPresent();
        if (!administrator && !involved) {
            // to anyone else it does not exist
            throw new NotFound("certificate", id);
        }
        return certificate;
    }

    List<Certificate> heldBy(String teacher) {
        return certificates.findByTeacherOrderByIssuedAtDescIdDesc(teacher);
    }

    List<Certificate> facilitatedBy(String facilitator) {
        return certificates.facilitatedBy(facilitator);
    }

    List<Certificate> latest() {
        return certificates.findTop20ByOrderByIssuedAtDescIdDesc();
    }

    Optional<Certificate> byNumber(String number) {
        return certificates.findByNumber(number.trim().toUpperCase(Locale.ROOT));
    }

    String holderName(Certificate certificate) {
        return people.displayName(certificate.getTeacher());
    }

    /** What the public page may say about the certificate with this code; empty for a code no certificate has. */
    Optional<CertificateStanding> standing(String code) {
        String normalised = code.trim().toUpperCase(Locale.ROOT);
        if (!CertificateNumbers.couldBeCode(normalised)) {
            return Optional.empty();
        }
        return certificates.findByVerificationCode(normalised).map(certificate -> new CertificateStanding(
                holderName(certificate), programmeOf(certificate).map(Programme::name).orElse(null),
                certificate.getRevokedAt(), certificate.getReplacedBy() != null));
    }

    CertificateContent content(Certificate certificate) {
        Optional<Person> holder = people.find(certificate.getTeacher());
        String school = holder.map(Person::schoolId).flatMap(schools::find).map(School::name).orElse(null);
        return new CertificateContent(holderName(certificate),
                programmeOf(certificate).map(Programme::name).orElse(null), school, issuedOn(certificate),
                certificate.getNumber(), links.of(certificate.getVerificationCode()));
    }

    static LocalDate issuedOn(Certificate certificate) {
        return certificate.getIssuedAt().atZone(SchoolTime.ZONE).toLocalDate();
    }

    /**
     * The programme the certificate was earned in: a circle is not tied to a programme, so it is the programme
     * running when the case opened, else the latest that had started by then, else the only one there is.
     */
    private Optional<Programme> programmeOf(Certificate certificate) {
        LocalDate opened = cases.findById(certificate.getCaseId()).map(CertificationCase::getCreatedAt)
                .orElse(certificate.getIssuedAt()).atZone(SchoolTime.ZONE).toLocalDate();
        List<Programme> programmes = schools.programmes();
        Optional<Programme> running = programmes.stream()
                .filter(p -> !opened.isBefore(p.startsOn()) && !opened.isAfter(p.endsOn())).findFirst();
        if (running.isPresent()) {
            return running;
        }
        return programmes.stream().filter(p -> !opened.isBefore(p.startsOn()))
                .max(Comparator.comparing(Programme::startsOn))
                .or(() -> programmes.stream().min(Comparator.comparing(Programme::startsOn)));
    }

    /** Revokes the certificate for {@code reason}; the holder is told. */
    @Transactional
    public Certificate revoke(Long id, String administrator, String reason) {
        String why = requiredReason(reason);
        Certificate certificate = certificate(id);
        certificate.revoke(administrator, why, clock.instant());
        events.publishEvent(new CertificateRevoked(certificate.getId(), certificate.getTeacher(),
                certificate.getNumber(), why));
        return certificate;
    }

    /**
     * Issues a new certificate (new number, new code) in place of this one, which is revoked for {@code reason}
     * unless it already was (its own reason then stands and none is needed). The holder is told the new number.
     */
    @Transactional
    public Certificate reissue(Long id, String administrator, String reason) {
        Certificate old = certificate(id);
        if (old.getReplacedBy() != null) {
            throw new CertificateAlreadyRevoked(old.getNumber());
        }
        if (!old.isRevoked()) {
            old.revoke(administrator, requiredReason(reason), clock.instant());
        }
        Certificate replacement = numbers.newCertificate(old.getCaseId(), old.getTeacher(), clock.instant());
        old.replacedBy(replacement);
        events.publishEvent(new CertificateReissued(replacement.getId(), old.getId(), old.getTeacher(),
                old.getNumber(), replacement.getNumber(), replacement.getVerificationCode()));
        return replacement;
    }

    private static String requiredReason(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > REASON_MAX_LENGTH) {
            throw new RevocationReasonMissing(REASON_MAX_LENGTH);
        }
        return why;
    }
}
