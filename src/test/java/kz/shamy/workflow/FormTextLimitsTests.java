package kz.shamy.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text a person types into a form has a limit the form states first (validate.maxLength), and the
 * column Shamy keeps it in holds that much (the Flyway migrations, read in order). The listeners refuse
 * the same limits (see LongFormTextIntegrationTests and each feature's integration tests).
 */
class FormTextLimitsTests {

    /** Fields that name people (checked against Shamy's people, never stored as typed) or only show a value. */
    private static final Set<String> NOT_STORED_AS_TYPED = Set.of("presenters", "sessionAttendees", "attendedDay1",
            "attendedDay2", "inviteeUsernames");

    /** Where each typed text is kept. */
    private static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("valuesStatement", "development_project.values_statement"),
            Map.entry("concern", "development_project.concern"),
            Map.entry("cultureReflection", "development_project.culture_reflection"),
            Map.entry("consultationNotes", "development_project.consultation_notes"),
            Map.entry("planText", "development_plan.plan"),
            Map.entry("planReviewComments", "plan_review.comments"),
            Map.entry("entryDescription", "evidence_entry.description"),
            Map.entry("posterTitle", "development_project.poster_title"),
            Map.entry("reportTitle", "report_version.title"),
            Map.entry("reportSubject", "project_report.subject"),
            Map.entry("reportSummary", "report_version.summary"),
            Map.entry("reportBody", "report_version.body"),
            Map.entry("reportKeywords", "report_version.keywords"),
            Map.entry("reportComments", "report_version.decision_comments"),
            Map.entry("sessionNotes", "circle_session.notes"),
            Map.entry("eventPlace", "network_event.place"),
            Map.entry("venue", "workshop.venue"),
            Map.entry("feedbackText", "workshop_invitation.feedback_text"),
            Map.entry("declineReason", "certification_case.endorsement_note"),
            Map.entry("revisionNote", "certification_case.revision_note"),
            Map.entry("rubricComment", "rubric_score.comment"));

    /** Comments a notification repeats to the teacher. */
    private static final Map<String, String> NOTIFIED = Map.of("planReviewComments", "notification.arguments",
            "reportComments", "notification.arguments", "declineReason", "notification.arguments");

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyTypedTextHasALimitItsColumnHolds() throws IOException {
        Map<String, Integer> columns = columnSizes();
        Map<String, Integer> limits = new HashMap<>();
        try (Stream<Path> forms = Files.walk(Path.of("processes"))) {
            for (Path form : forms.filter(p -> p.toString().endsWith(".form")).toList()) {
                collect(json.readTree(form.toFile()).path("components"), form, limits);
            }
        }

        assertThat(limits.keySet()).as("typed texts with a column").containsExactlyInAnyOrderElementsOf(COLUMNS.keySet());
        limits.forEach((field, limit) -> {
            assertThat(limit).as(field + " maxLength").isPositive();
            assertThat(columns.get(COLUMNS.get(field))).as(field + " → " + COLUMNS.get(field))
                    .isGreaterThanOrEqualTo(limit);
            if (NOTIFIED.containsKey(field)) {
                assertThat(columns.get(NOTIFIED.get(field))).as(field + " → " + NOTIFIED.get(field))
                        .isGreaterThan(limit);
            }
        });
    }

    private void collect(JsonNode components, Path form, Map<String, Integer> limits) {
        for (JsonNode component : components) {
            String type = component.path("type").asText();
            String key = component.path("key").asText();
            if ((type.equals("textfield") || type.equals("textarea")) && !component.path("disabled").asBoolean()
                    && !NOT_STORED_AS_TYPED.contains(key) && !key.equals("academicYear")) {
                assertThat(component.path("validate").has("maxLength")).as(form + " " + key + " states a limit")
                        .isTrue();
                Integer before = limits.put(key, component.path("validate").path("maxLength").asInt());
                assertThat(before == null || before.equals(limits.get(key))).as(key + " has one limit in every form")
                        .isTrue();
            }
            collect(component.path("components"), form, limits);
        }
    }

    private static final Pattern TABLE = Pattern.compile("create table (\\w+) \\((.*?)\\n\\);", Pattern.DOTALL);
    private static final Pattern COLUMN = Pattern.compile("^\\s*(\\w+)\\s+varchar\\((\\d+)\\)", Pattern.MULTILINE);
    private static final Pattern ALTER = Pattern.compile(
            "alter table (\\w+) (?:add column|alter column) (\\w+) (?:set data type )?varchar\\((\\d+)\\)");

    /** table.column → varchar size, after every migration in version order. */
    private static Map<String, Integer> columnSizes() throws IOException {
        Map<String, Integer> sizes = new HashMap<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            for (Path file : files.sorted((a, b) -> Integer.compare(version(a), version(b))).toList()) {
                String sql = Files.readString(file).toLowerCase(Locale.ROOT);
                Matcher table = TABLE.matcher(sql);
                while (table.find()) {
                    Matcher column = COLUMN.matcher(table.group(2));
                    while (column.find()) {
                        sizes.put(table.group(1) + "." + column.group(1), Integer.valueOf(column.group(2)));
                    }
                }
                Matcher alter = ALTER.matcher(sql);
                while (alter.find()) {
                    sizes.put(alter.group(1) + "." + alter.group(2), Integer.valueOf(alter.group(3)));
                }
            }
        }
        return sizes;
    }

    private static int version(Path migration) {
        String name = migration.getFileName().toString();
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }
}
