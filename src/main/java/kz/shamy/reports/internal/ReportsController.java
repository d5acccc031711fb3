package kz.shamy.reports.internal;

import kz.shamy.reports.ProjectReport;
import kz.shamy.reports.Reports;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import kz.shamy.shared.Forbidden;
import kz.shamy.shared.InvalidRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A report's attachments. The author, their circle's facilitator and administrators attach files; whoever
 * may read the report downloads them.
 */
@RestController
@RequestMapping("/api/reports/{reportId}/attachments")
class ReportsController {

    private final Reports reports;
    private final ReportAttachments attachments;
    private final AttachmentText attachmentText;

    ReportsController(Reports reports, ReportAttachments attachments, AttachmentText attachmentText) {
        this.reports = reports;
        this.attachments = attachments;
        this.attachmentText = attachmentText;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ReportAttachmentRepository.Listing> attach(@PathVariable Long reportId,
            @RequestParam(name = "file", required = false) MultipartFile file, Authentication user) throws IOException {
        ProjectReport report = reports.report(reportId);
        if (!ReportAccess.mayChange(user, report)) {
            throw new Forbidden("only the report's author, their facilitator and administrators attach files to "
                    + "report " + reportId);
        }
        if (file == null) {
            throw new InvalidRequest("file", "send the file as the multipart part 'file'");
        }
        String fileName = fileName(file);
        byte[] content = file.getBytes();
        // read before any transaction opens: a refused file leaves the report exactly as it was
        AttachmentText.Extracted text = attachmentText.extract(fileName, content);
        ReportAttachment saved = attachments.attach(reportId, fileName, content, text, user.getName());
        return ResponseEntity.created(URI.create("/api/reports/" + reportId + "/attachments/" + saved.getId()))
                .body(new ReportAttachmentRepository.Listing(saved.getId(), reportId, saved.getVersionId(),
                        saved.getFileName(), saved.getMediaType(), saved.getSizeBytes(), saved.getUploadedBy(),
                        saved.getUploadedAt()));
    }

    @GetMapping
    List<ReportAttachmentRepository.Listing> list(@PathVariable Long reportId, Authentication user) {
        requireReader(reportId, user);
        return attachments.of(reportId);
    }

    @GetMapping("/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable Long reportId, @PathVariable Long attachmentId,
            Authentication user) {
        requireReader(reportId, user);
        return file(attachments.attachment(reportId, attachmentId));
    }

    /** The file as sent, under its own name; the type is what Tika found in the content when it was attached. */
    static ResponseEntity<byte[]> file(ReportAttachment attachment) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(attachment.getMediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(attachment.getFileName(), StandardCharsets.UTF_8).build().toString())
                .body(attachment.getContent());
    }

    private void requireReader(Long reportId, Authentication user) {
        if (!ReportAccess.mayRead(user, reports.report(reportId))) {
            throw new Forbidden("report " + reportId + " is not published; only its author, their facilitator "
                    + "and administrators may read it");
        }
    }

    /** The name the file was sent with, without any path, for the download's Content-Disposition. */
    private static String fileName(MultipartFile file) {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        name = name.replaceAll("\\p{Cntrl}", "");
        if (name.isEmpty()) {
            return "attachment";
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }
}
