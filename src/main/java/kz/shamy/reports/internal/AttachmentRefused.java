package kz.shamy.reports.internal;

import kz.shamy.shared.InvalidRequest;

/** An attachment that is not kept: too large, of a type not allowed, corrupt, a zip bomb or too slow to read. */
public class AttachmentRefused extends InvalidRequest {

    AttachmentRefused(String fileName, String why) {
        super("file", "attachment '" + fileName + "' is refused: " + why);
    }
}
