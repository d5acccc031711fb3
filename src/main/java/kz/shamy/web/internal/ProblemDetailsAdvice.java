package kz.shamy.web.internal;

import java.net.URI;
import kz.shamy.shared.Forbidden;
import kz.shamy.shared.Busy;
import kz.shamy.shared.InvalidRequest;
import kz.shamy.shared.NotFound;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every refusal Shamy's own API gives, as an RFC 9457 problem detail. */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private final MessageSource messages;

    ProblemDetailsAdvice(MessageSource messages) {
        this.messages = messages;
    }

    /** The detail is in the caller's language (see LocaleConfiguration) when the refusal names a bundle key. */
    @ExceptionHandler(InvalidRequest.class)
    ProblemDetail invalid(InvalidRequest e) {
        String detail = e.messageKey() == null ? e.getMessage()
                : messages.getMessage(e.messageKey(), e.arguments(), e.getMessage(), LocaleContextHolder.getLocale());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid request");
        problem.setType(URI.create("urn:shamy:problem:invalid-request"));
        if (e.field() != null) {
            problem.setProperty("field", e.field());
        }
        e.properties().forEach(problem::setProperty);
        return problem;
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        problem.setType(URI.create("urn:shamy:problem:not-found"));
        return problem;
    }

    /** Busy for now: 503 with Retry-After, the detail in the caller's language. */
    @ExceptionHandler(Busy.class)
    ResponseEntity<ProblemDetail> busy(Busy e) {
        String detail = messages.getMessage(e.messageKey(), null, e.getMessage(), LocaleContextHolder.getLocale());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail);
        problem.setTitle("Busy");
        problem.setType(URI.create("urn:shamy:problem:busy"));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, e.retryAfter().toSeconds())))
                .body(problem);
    }

    @ExceptionHandler(Forbidden.class)
    ProblemDetail forbidden(Forbidden e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle("Forbidden");
        problem.setType(URI.create("urn:shamy:problem:forbidden"));
        return problem;
    }

    /** A multipart body that does not parse (no boundary, never closed) is the client's to correct: 400. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> brokenMultipart(MultipartException e) {
        return ResponseEntity.badRequest().body(invalid(new InvalidRequest(null,
                "the body is not a well-formed multipart/form-data request")));
    }

    /** A file over the upload limit is a request to correct, like any other invalid input (400, field "file"). */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        long limit = e.getMaxUploadSize();
        return ResponseEntity.badRequest().body(invalid(new InvalidRequest("file", "the file is larger than the "
                + (limit > 0 ? limit / (1024 * 1024) + " MB " : "") + "an upload may have")));
    }
}
