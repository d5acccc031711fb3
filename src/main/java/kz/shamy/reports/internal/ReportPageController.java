package kz.shamy.reports.internal;

import kz.shamy.reports.ProjectReport;
import kz.shamy.reports.ReportVersion;
import kz.shamy.reports.Reports;
import java.util.List;
import kz.shamy.shared.NotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A report's page: the version people may read in full, and the files attached to the report with a link to
 * each. Read by whoever may read the report ({@link ReportAccess}); to anyone else a draft does not exist
 * (404), so its page does not even tell them there is one. The download is the API's, on the pages'
 * sign-in (a browser session), because {@code /api} takes Basic or bearer credentials only.
 */
@Controller
class ReportPageController {

    private final Reports reports;
    private final ReportAttachments attachments;
    private final SearchDocuments documents;

    ReportPageController(Reports reports, ReportAttachments attachments, SearchDocuments documents) {
        this.reports = reports;
        this.attachments = attachments;
        this.documents = documents;
    }

    /** One attached file as the page lists it; {@code format} is PDF, DOCX or ODT, read from the content. */
    record Attachment(long id, String fileName, String format, String mediaType, long sizeBytes,
            boolean earlierVersion) {
    }

    @GetMapping("/reports/{id}")
    String report(@PathVariable long id, Authentication user, Model model) {
        ProjectReport report = readable(id, user);
        ReportVersion version = reports.readableVersion(id).orElseThrow(() -> new NotFound("Report", id));
        List<Attachment> files = attachments.of(id).stream()
                .map(a -> new Attachment(a.id(), a.fileName(), AttachmentText.format(a.mediaType()), a.mediaType(),
                        a.sizeBytes(), !a.versionId().equals(version.id())))
                .toList();
        model.addAttribute("report", documents.described(report, version));
        model.addAttribute("attachments", files);
        return "report";
    }

    @GetMapping("/reports/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId, Authentication user) {
        readable(id, user);
        return ReportsController.file(attachments.attachment(id, attachmentId));
    }

    private ProjectReport readable(long id, Authentication user) {
        ProjectReport report = reports.report(id);
        if (!ReportAccess.mayRead(user, report)) {
            throw new NotFound("Report", id);
        }
        return report;
    }
}
