package kz.shamy.circle.internal;

import kz.shamy.circle.DevelopmentProjects;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** One round of a development plan as the facilitator saw it, and what they decided ({@code null} while under review). */
public record PlanRound(ProjectPlan plan, PlanReview review) {

    /** Every round of the project's plan, first to last, each with its decision. */
    static List<PlanRound> of(DevelopmentProjects projects, Long projectId) {
        Map<Integer, PlanReview> reviews = projects.planReviews(projectId).stream()
                .collect(Collectors.toMap(PlanReview::getRound, Function.identity(), (a, b) -> b));
        List<PlanRound> rounds = new ArrayList<>();
        for (ProjectPlan plan : projects.plans(projectId)) {
            rounds.add(new PlanRound(plan, reviews.get(plan.getRound())));
        }
        return rounds;
    }

    boolean returned() {
        return review != null && review.getDecision() == PlanReview.Decision.RETURNED;
    }
}
