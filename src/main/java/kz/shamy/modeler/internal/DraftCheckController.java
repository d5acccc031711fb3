package kz.shamy.modeler.internal;

import java.util.List;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/modeler/drafts/{id}/check}: the checks a deployment would run, on what it would deploy (the
 * draft with the forms or processes that go with it), without deploying. Kept apart from
 * {@link ModelerApiController} so the checks' part of the modeler can take it over whole.
 */
@RestController
class DraftCheckController {

    record Checked(boolean ok, List<ModelProblem> problems) {
    }

    private final ModelDrafts drafts;
    private final ModelDeployment deployment;

    DraftCheckController(ModelDrafts drafts, ModelDeployment deployment) {
        this.drafts = drafts;
        this.deployment = deployment;
    }

    @PostMapping("/api/modeler/drafts/{id}/check")
    Checked check(@PathVariable String id) {
        List<ModelProblem> problems = deployment.check(drafts.get(id));
        return new Checked(problems.stream().noneMatch(problem -> "error".equals(problem.severity())), problems);
    }
}
