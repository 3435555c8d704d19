package io.jiayi.common.error;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** Builds problem responses; one place decides their shape and language. */
public final class ProblemResponses {

    public static final String MEDIA_TYPE = "application/problem+json";

    private ProblemResponses() {
    }

    public static Locale locale(HttpHeaders headers) {
        return headers == null ? Messages.CHINESE : Messages.negotiate(headers.getAcceptableLanguages());
    }

    public static Problem problem(ProblemCode code, Locale locale, String traceId, List<Problem.FieldError> errors,
            Map<String, Object> extensions, Object... args) {
        return new Problem(code.type(), Messages.title(code, locale), code.status(),
                Messages.detail(code, locale, args), code, traceId, errors, extensions);
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status()).type(MEDIA_TYPE).entity(problem).build();
    }
}
