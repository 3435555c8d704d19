package io.jiayi.common.error;

import java.util.List;
import java.util.Map;

import io.jiayi.common.paging.PageRequest;

/**
 * A refusal the caller can act on: a stable code, the arguments its message needs, and
 * extension members (e.g. {@code opensAt}) that travel in the problem document.
 */
public class ProblemException extends RuntimeException {

    private final ProblemCode code;
    private final transient Object[] args;
    private final transient Map<String, Object> extensions;
    private final transient List<FieldProblem> fieldProblems;

    /** A field the caller must fix; {@code messageKey} names its text in the problem bundles. */
    public record FieldProblem(String field, String messageKey) {
    }

    public ProblemException(ProblemCode code, Object... args) {
        this(code, Map.of(), args);
    }

    public ProblemException(ProblemCode code, Map<String, Object> extensions, Object... args) {
        super(code.name(), null, false, false);
        this.code = code;
        this.args = args;
        this.extensions = Map.copyOf(extensions);
        this.fieldProblems = List.of();
    }

    private ProblemException(ProblemCode code, List<FieldProblem> fieldProblems, Object... args) {
        super(code.name(), null, false, false);
        this.code = code;
        this.args = args;
        this.extensions = Map.of();
        this.fieldProblems = List.copyOf(fieldProblems);
    }

    /** Invalid input that Bean Validation cannot see, e.g. two fields that only go together. */
    public static ProblemException invalidField(String field, String messageKey) {
        return new ProblemException(ProblemCode.VALIDATION_FAILED, List.of(new FieldProblem(field, messageKey)));
    }

    public static ProblemException invalidPaging(List<FieldProblem> problems) {
        return new ProblemException(ProblemCode.INVALID_PAGING, problems, PageRequest.MAX_SIZE);
    }

    public List<FieldProblem> fieldProblems() {
        return fieldProblems;
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

    /** Not found, or not the caller's to see: the answer never tells which. */
    public static ProblemException notFound(String resource) {
        return new ProblemException(ProblemCode.RESOURCE_NOT_FOUND, new Localised("resource." + resource));
    }
}
