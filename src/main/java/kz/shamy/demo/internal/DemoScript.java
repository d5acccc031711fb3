package kz.shamy.demo.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.core.io.ClassPathResource;

/**
 * DEMO ONLY. What the demo circles hold and what their people have written, read from
 * {@value #RESOURCE}: the texts stay out of the code, in the languages the teachers write in.
 */
record DemoScript(List<HeldWorkshopScript> heldWorkshops, WorkshopScript workshop, List<CircleScript> circles) {

    static final String RESOURCE = "demo/circles.json";

    DemoScript {
        heldWorkshops = heldWorkshops == null ? List.of() : heldWorkshops;
        circles = circles == null ? List.of() : circles;
    }

    static DemoScript load(ObjectMapper json) {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return json.readValue(in, DemoScript.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * An induction workshop held before the demo year, in the region of the first attendee's school: everyone
     * listed attended both days, so the circles' teachers may join their circles.
     */
    record HeldWorkshopScript(String venue, int day1DaysAgo, List<String> attendees) {
    }

    /** An upcoming induction workshop: its dates are days from today, so the invitation is always pending. */
    record WorkshopScript(String venue, List<String> invitees, int deadlineInDays, int day1InDays) {
    }

    /** A facilitator's circle at their school, with the sessions already held, oldest first. */
    record CircleScript(String facilitator, List<SessionScript> sessions, List<ProjectScript> projects) {

        CircleScript {
            sessions = sessions == null ? List.of() : sessions;
            projects = projects == null ? List.of() : projects;
        }

        List<String> teachers() {
            return projects.stream().map(ProjectScript::teacher).toList();
        }
    }

    record SessionScript(int daysAgo, List<String> attendees, String notes) {
    }

    /**
     * One teacher's development project: what they submit at each step, in order, and the stage
     * ({@code kz.shamy.circle.ProjectStage} name) the project must be at once the script has run out.
     */
    record ProjectScript(String teacher, String language, String stage, String valuesStatement, String concern,
            String cultureReflection, String consultationNotes, List<String> plans, List<ReviewScript> reviews,
            List<EvidenceScript> evidence, boolean workDone, PosterScript poster) {

        ProjectScript {
            plans = plans == null ? List.of() : plans;
            reviews = reviews == null ? List.of() : reviews;
            evidence = evidence == null ? List.of() : evidence;
        }
    }

    record ReviewScript(boolean approved, String comments) {
    }

    /** {@code kind} is a {@code kz.shamy.circle.internal.EvidenceKind} name. */
    record EvidenceScript(int daysAgo, String kind, String description) {
    }

    /** The title the teacher gives in PresentPoster; the network event reads it from the project. */
    record PosterScript(String title) {
    }
}
