package io.jiayi.common.error;

import java.util.List;
import java.util.Map;

import io.jiayi.common.paging.PageRequest;

/**
 * A refusal the caller can act on: a stable code, the arguments its message needs, extension
 * members (e.g. {@code opensAt}) that travel in the problem document, field problems, and
 * response headers (e.g. {@code Retry-After}).
 */
public class ProblemException extends RuntimeException {

    private final ProblemCode code;
    private final transient Object[] args;
    private final transient Map<String, Object> extensions;
    private final transient List<FieldProblem> fieldProblems;
    private final transient Map<String, String> headers;

    /**
     * A field the caller must fix; {@code messageKey} names its text in the problem bundles, which
     * {@code args} fill in ({@code {0}}, ...).
     */
    public record FieldProblem(String field, String messageKey, List<Object> args) {

        public FieldProblem(String field, String messageKey) {
            this(field, messageKey, List.of());
        }

        public FieldProblem {
            args = List.copyOf(args);
        }
    }

    public ProblemException(ProblemCode code, Object... args) {
        this(code, Map.of(), Map.of(), List.of(), args);
    }

    public ProblemException(ProblemCode code, Map<String, Object> extensions, Object... args) {
        this(code, extensions, Map.of(), List.of(), args);
    }

    /** With response headers, e.g. {@code Retry-After} on a 429. */
    public ProblemException(ProblemCode code, Map<String, Object> extensions, Map<String, String> headers,
            Object... args) {
        this(code, extensions, headers, List.of(), args);
    }

    private ProblemException(ProblemCode code, Map<String, Object> extensions, Map<String, String> headers,
            List<FieldProblem> fieldProblems, Object... args) {
        // No stack trace: these are answers, not failures to debug.
        super(code.name(), null, false, false);
        this.code = code;
        this.args = args;
        this.extensions = Map.copyOf(extensions);
        this.headers = Map.copyOf(headers);
        this.fieldProblems = List.copyOf(fieldProblems);
    }

    /** Invalid input that Bean Validation cannot see, e.g. two fields that only go together. */
    public static ProblemException invalidField(String field, String messageKey) {
        return new ProblemException(ProblemCode.VALIDATION_FAILED, Map.of(), Map.of(),
                List.of(new FieldProblem(field, messageKey)));
    }

    /** A field refused under a code of its own, e.g. {@code INVALID_ID_NUMBER}. */
    public static ProblemException invalidField(ProblemCode code, String field, String messageKey) {
        return new ProblemException(code, Map.of(), Map.of(), List.of(new FieldProblem(field, messageKey)));
    }

    /** Several fields refused at once under one code, e.g. the answers to a follow-up form. */
    public static ProblemException invalidFields(ProblemCode code, List<FieldProblem> problems) {
        return new ProblemException(code, Map.of(), Map.of(), problems);
    }

    public static ProblemException invalidPaging(List<FieldProblem> problems) {
        return new ProblemException(ProblemCode.INVALID_PAGING, Map.of(), Map.of(), problems, PageRequest.MAX_SIZE);
    }

    /** 503: a service the request needs is not there now; nothing was done, send it again after {@code seconds}. */
    public static ProblemException tryAgainIn(int seconds) {
        return new ProblemException(ProblemCode.SERVICE_UNAVAILABLE, Map.of(), Map.of("Retry-After", Integer.toString(seconds)));
    }

    /** Not found, or not the caller's to see: the answer never tells which. */
    public static ProblemException notFound(String resource) {
        return new ProblemException(ProblemCode.RESOURCE_NOT_FOUND, new Localised("resource." + resource));
    }

    public ProblemCode code() {
        return code;
    }

    public Object[] args() {
        return args.clone();
    }

    public Map<String, Object> extensions() {
        return extensions;
    }

    public List<FieldProblem> fieldProblems() {
        return fieldProblems;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
