package kz.shamy.modeler.internal;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The modeler's refusals that are neither a bad field (400) nor an unknown record (404), as problem details. */
final class ModelerProblems {

    private ModelerProblems() {
    }

    /** A draft or request body over the modeler's limit: 413. */
    static ErrorResponseException tooLarge(long maxBytes) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                "a model may have at most " + maxBytes / (1024 * 1024) + " MB");
        problem.setTitle("Too large");
        problem.setType(URI.create("urn:shamy:problem:too-large"));
        return new ErrorResponseException(HttpStatus.PAYLOAD_TOO_LARGE, problem, null);
    }

    /** A draft whose checks or the engine refused it: 422 with every problem found; nothing was deployed. */
    static ErrorResponseException refused(List<ModelProblem> problems) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                problems.size() == 1 ? problems.get(0).message()
                        : problems.size() + " problems: nothing was deployed");
        problem.setTitle("Not deployed");
        problem.setType(URI.create("urn:shamy:problem:model-refused"));
        problem.setProperty("problems", problems);
        return new ErrorResponseException(HttpStatus.UNPROCESSABLE_ENTITY, problem, null);
    }
}
