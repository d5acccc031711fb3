package kz.shamy.notify.internal;

import kz.shamy.certification.CertificateReissued;
import kz.shamy.certification.CertificateRevoked;
import kz.shamy.certification.CertificationDecided;
import kz.shamy.certification.CertificationDecided.Certified;
import kz.shamy.certification.CertificationDecided.Failed;
import kz.shamy.certification.CertificationDecided.NotEligible;
import kz.shamy.certification.CertificationDecided.NotEndorsed;
import kz.shamy.certification.Portfolio;
import kz.shamy.notify.Notifier;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the teacher what certification decided, once the decision has committed: outcomes, a revoked certificate
 * and its replacement. Certification only publishes; a failure here leaves the publication incomplete in the
 * registry, to be sent again, and never undoes the decision.
 */
@Component
class CertificationNotices {

    private final Notifier notifier;

    CertificationNotices(Notifier notifier) {
        this.notifier = notifier;
    }

    @ApplicationModuleListener
    void on(CertificationDecided decided) {
        if (decided instanceof Certified certified) {
            notifier.notify(certified.teacher(), "notify.certification.certified", certified.certificateNumber(),
                    certified.verificationCode());
        } else if (decided instanceof Failed failed) {
            notifier.notify(failed.teacher(), "notify.certification.failed", failed.revisionRound());
        } else if (decided instanceof NotEndorsed notEndorsed) {
            notifier.notify(notEndorsed.teacher(), "notify.certification.notEndorsed", notEndorsed.reason());
        } else if (decided instanceof NotEligible notEligible) {
            // one notification per missing item, so each reads whole in the teacher's language
            for (String item : notEligible.missing()) {
                notifier.notify(notEligible.teacher(), "notify.certification.missing." + item,
                        notEligible.attendancePercent(), notEligible.stagesCompleted(), Portfolio.ALL_STAGES);
            }
        }
    }

    @ApplicationModuleListener
    void on(CertificateRevoked revoked) {
        notifier.notify(revoked.teacher(), "notify.certificate.revoked", revoked.number(), revoked.reason());
    }

    @ApplicationModuleListener
    void on(CertificateReissued reissued) {
        notifier.notify(reissued.teacher(), "notify.certificate.reissued", reissued.replacedNumber(),
                reissued.number(), reissued.verificationCode());
    }
}
