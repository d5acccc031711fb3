package kz.shamy.reports;

import java.util.UUID;
import kz.shamy.identity.People;
import kz.shamy.identity.Person;
import kz.shamy.identity.Role;
import kz.shamy.programme.Region;
import kz.shamy.programme.School;
import kz.shamy.programme.Schools;

/** A teacher, their facilitator and a school with its region, each with a fresh name, and their reports. */
final class ReportFixtures {

    final String suffix = UUID.randomUUID().toString().substring(0, 8);
    final Region region;
    final School school;
    final String teacher;
    final String facilitator;
    final String otherTeacher;
    private final Reports reports;
    private long projectIds = Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L) * 1000;

    ReportFixtures(Schools schools, People people, Reports reports) {
        this.reports = reports;
        region = schools.addRegion("R" + suffix, "Region " + suffix);
        school = schools.addSchool(region, "School " + suffix, "District", "Village", "kk");
        teacher = people.add(new Person("teacher-" + suffix, "Aigerim " + suffix, Role.TEACHER, school.id(), null))
                .username();
        facilitator = people.add(new Person("facilitator-" + suffix, "Facilitator " + suffix, Role.FACILITATOR,
                null, null)).username();
        otherTeacher = people.add(new Person("other-" + suffix, "Other " + suffix, Role.TEACHER, school.id(),
                null)).username();
    }

    /** A submitted draft of a new project's report by the teacher. */
    ReportVersion draft(String title) {
        return reports.submitDraft(new ReportDraft(++projectIds, teacher, school.id(), title, "en", "Reading",
                "2025-2026", "pupils ".repeat(800), "Pupils in grade three read together.", "reading, grade 3",
                facilitator));
    }

    /** The teacher's next version of report {@code reportId}, after it was returned. */
    ReportVersion draft2(Long reportId) {
        ProjectReport report = reports.report(reportId);
        return reports.submitDraft(new ReportDraft(report.projectId(), teacher, school.id(), "Revised",
                "en", "Reading", "2025-2026", "pupils ".repeat(800), "Revised body.", null, facilitator));
    }

    /** A report approved by the facilitator and published. */
    Long published(String title) {
        Long id = draft(title).reportId();
        reports.approve(id, facilitator, "good");
        reports.publish(id);
        return id;
    }
}
