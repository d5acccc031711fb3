package kz.shamy.certification.internal;

import java.util.Map;
import kz.shamy.shared.InvalidRequest;

/** A revocation (or a re-issue, which revokes) without a reason, or with one longer than the record holds. */
public class RevocationReasonMissing extends InvalidRequest {

    RevocationReasonMissing(int maxLength) {
        super("reason", "a reason is required, at most " + maxLength + " characters", "certificate.reason.required",
                new Object[] {maxLength}, Map.of());
    }
}
