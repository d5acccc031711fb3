package kz.shamy.circle;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.shamy.search.SimilarReports;
import kz.shamy.search.SimilarReports.SimilarReport;
import kz.shamy.shared.Busy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The programme's knowledge moving between rural schools (issue 14): while a teacher identifies their concern and
 * drafts their plan, their task page and their home page offer the published reports most like what they wrote,
 * from the archive and from other circles, in any of the three languages. What the teacher wrote is only read to
 * find them; it stays as private as before.
 */
@Service
public class PastProjectsWhilePlanning {

    /** How many past projects are offered. */
    public static final int SHOWN = 5;

    /** The stages from identifying the concern to the plan's approval. */
    static final Set<ProjectStage> PLANNING = EnumSet.range(ProjectStage.IDENTIFY_CONCERN, ProjectStage.PLAN_REVIEW);

    private static final Logger log = LoggerFactory.getLogger(PastProjectsWhilePlanning.class);

    private final DevelopmentProjects projects;
    private final SimilarReports similar;

    PastProjectsWhilePlanning(DevelopmentProjects projects, SimilarReports similar) {
        this.projects = projects;
        this.similar = similar;
    }

    /** For the teacher's latest project while it is being planned; empty when they are not planning one. */
    public Optional<List<SimilarReport>> forTeacher(String teacher) {
        return projects.latestOf(teacher).filter(p -> PLANNING.contains(p.stage())).map(this::like);
    }

    /**
     * The reports like the project's concern, or, before it is written, like the values the teacher clarified:
     * the first thing they wrote says what they care about. None while search is too busy to answer at once: the
     * page is not held up for them.
     */
    public List<SimilarReport> like(DevelopmentProject project) {
        String text = project.concern() != null && !project.concern().isBlank() ? project.concern()
                : project.valuesStatement();
        if (text == null || text.isBlank()) {
            return List.of();
        }
        try {
            return similar.like(text.length() > SimilarReports.MAX_TEXT ? text.substring(0, SimilarReports.MAX_TEXT)
                    : text, SHOWN);
        } catch (Busy busy) {
            log.debug("Past projects left out of a page: {}", busy.getMessage());
            return List.of();
        }
    }
}
