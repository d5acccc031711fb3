package kz.shamy.reports.internal;

import kz.shamy.reports.ProjectReport;
import kz.shamy.reports.ReportOrigin;
import kz.shamy.reports.ReportStatus;
import kz.shamy.reports.ReportVersion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.shamy.identity.People;
import kz.shamy.identity.Person;
import kz.shamy.programme.Region;
import kz.shamy.programme.School;
import kz.shamy.programme.Schools;
import kz.shamy.search.SearchDocument;
import org.springframework.stereotype.Component;

/**
 * Builds what the index sees of reports, a page at a time (a few queries per page, not per report): the
 * published version, or for a report not yet published its latest version, readable by its author and
 * their facilitator only. The body carries the attachments' text. A process report's school, region and
 * author are looked up by id and username; an archive report carries them as names.
 */
@Component
class SearchDocuments {

    private final ReportVersionRepository versions;
    private final ReportAttachmentRepository attachments;
    private final Schools schools;
    private final People people;

    SearchDocuments(ReportVersionRepository versions, ReportAttachmentRepository attachments, Schools schools,
            People people) {
        this.versions = versions;
        this.attachments = attachments;
        this.schools = schools;
        this.people = people;
    }

    /** School and region names already looked up, kept for one walk through the reports. */
    static final class Names {
        private final Map<Long, Optional<School>> schools = new HashMap<>();
        private final Map<Long, Optional<Region>> regions = new HashMap<>();
    }

    /** The documents of {@code page} in its order; a report without any version has none. */
    List<SearchDocument> of(List<ProjectReport> page, Names names) {
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, ReportVersion> readable = readableVersions(page);
        Map<Long, List<String>> texts = attachments.texts(readable.values().stream().map(ReportVersion::id)
                .toList()).stream().collect(Collectors.groupingBy(ReportAttachmentRepository.Text::versionId,
                        Collectors.mapping(ReportAttachmentRepository.Text::text, Collectors.toList())));
        Map<String, String> displayNames = displayNames(page);
        var documents = new ArrayList<SearchDocument>(page.size());
        for (ProjectReport report : page) {
            ReportVersion version = readable.get(report.id());
            if (version != null) {
                documents.add(document(report, version, texts.getOrDefault(version.id(), List.of()), displayNames,
                        names));
            }
        }
        return documents;
    }

    /**
     * What the report page shows of {@code version}: its own text, without the attachments' (the page lists
     * the files beside it), with the names looked up as for the index.
     */
    SearchDocument described(ProjectReport report, ReportVersion version) {
        return document(report, version, List.of(), displayNames(List.of(report)), new Names());
    }

    private Map<String, String> displayNames(List<ProjectReport> page) {
        return people.all(page.stream().filter(r -> r.origin() == ReportOrigin.PROCESS)
                        .map(ProjectReport::author).toList())
                .stream().collect(Collectors.toMap(Person::username, Person::displayName, (a, b) -> a));
    }

    private Map<Long, ReportVersion> readableVersions(List<ProjectReport> page) {
        var byReport = new HashMap<Long, ReportVersion>();
        List<Long> published = page.stream().map(ProjectReport::publishedVersionId).filter(Objects::nonNull)
                .toList();
        versions.findAllById(published).forEach(v -> byReport.put(v.getReportId(), v.view()));
        List<Long> unpublished = page.stream().filter(r -> r.publishedVersionId() == null)
                .map(ProjectReport::id).toList();
        if (!unpublished.isEmpty()) {
            versions.latestOf(unpublished).forEach(v -> byReport.put(v.getReportId(), v.view()));
        }
        return byReport;
    }

    private SearchDocument document(ProjectReport report, ReportVersion version, List<String> attachmentTexts,
            Map<String, String> displayNames, Names names) {
        boolean archive = report.origin() == ReportOrigin.ARCHIVE;
        Optional<School> school = archive ? Optional.empty()
                : names.schools.computeIfAbsent(report.schoolId(), schools::find);
        Long regionId = report.regionId() != null ? report.regionId()
                : school.map(School::regionId).orElse(null);
        Optional<Region> region = archive ? Optional.empty()
                : names.regions.computeIfAbsent(regionId, schools::region);
        boolean published = report.status() == ReportStatus.PUBLISHED;
        var readers = new LinkedHashSet<String>();
        if (!published) {
            readers.add(report.author());
            if (report.facilitator() != null) {
                readers.add(report.facilitator());
            }
        }
        var body = new StringBuilder(version.body());
        attachmentTexts.stream().filter(t -> !t.isBlank()).forEach(t -> body.append("\n\n").append(t));
        var updatedAt = report.updatedAt() != null ? report.updatedAt()
                : Optional.ofNullable(version.decidedAt()).orElse(version.submittedAt());
        return new SearchDocument(report.id(), version.title(),
                archive ? report.author() : displayNames.getOrDefault(report.author(), report.author()),
                archive ? report.schoolName() : school.map(School::name).orElse(null),
                archive ? report.regionName() : region.map(Region::name).orElse(null),
                report.subject(), report.academicYear(), report.language(), version.summary(),
                body.toString(), keywords(version.keywords()), published, List.copyOf(readers),
                updatedAt.toEpochMilli());
    }

    static List<String> keywords(String keywords) {
        if (keywords == null || keywords.isBlank()) {
            return List.of();
        }
        return Arrays.stream(keywords.split(",")).map(String::strip).filter(k -> !k.isEmpty()).distinct().toList();
    }
}
