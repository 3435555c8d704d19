package io.jiayi.common.error;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.jiayi.common.web.TraceIds;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.RoutingContext;

/**
 * Turns every failure into an RFC 9457 problem. Clients never see a stack trace or an
 * exception class: unexpected failures are logged with the trace id and answered generically.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final io.jiayi.common.web.BodyLimit bodyLimit;

    public ProblemMappers(io.jiayi.common.web.BodyLimit bodyLimit) {
        this.bodyLimit = bodyLimit;
    }
    /** Resource methods name their request body parameter {@code body}. */
    static final String BODY = "body";

    @ServerExceptionMapper
    public Response problem(ProblemException e, RoutingContext ctx) {
        Locale locale = ProblemResponses.locale(ctx);
        List<Problem.FieldError> errors = e.fieldProblems().stream()
                .map(f -> new Problem.FieldError(f.field(), Messages.text(f.messageKey(), locale, f.args().toArray())))
                .toList();
        Response problem = answer(e.code(), locale, ctx, errors, e.extensions(), localise(e.args(), locale));
        if (e.headers().isEmpty()) {
            return problem;
        }
        Response.ResponseBuilder withHeaders = Response.fromResponse(problem);
        e.headers().forEach(withHeaders::header);
        return withHeaders.build();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, RoutingContext ctx) {
        boolean returnValue = e.getConstraintViolations().stream()
                .anyMatch(v -> kinds(v.getPropertyPath()).contains(ElementKind.RETURN_VALUE));
        if (returnValue) {
            return unexpected(e, ctx);
        }
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        if (errors.stream().anyMatch(err -> err.field().equals(BODY))) {
            return answer(ProblemCode.MISSING_BODY, ctx, List.of(), Map.of());
        }
        return answer(ProblemCode.VALIDATION_FAILED, ctx, errors, Map.of());
    }

    @ServerExceptionMapper({ JacksonException.class, JsonParseException.class, MismatchedInputException.class,
            InvalidFormatException.class, UnrecognizedPropertyException.class,
            com.fasterxml.jackson.databind.exc.InvalidDefinitionException.class,
            com.fasterxml.jackson.databind.exc.ValueInstantiationException.class })
    public Response json(JacksonException e, RoutingContext ctx) {
        Locale locale = ProblemResponses.locale(ctx);
        if (e instanceof UnrecognizedPropertyException unknown) {
            String field = path(unknown);
            return answer(ProblemCode.UNKNOWN_PROPERTY, ctx,
                    List.of(new Problem.FieldError(field, Messages.detail(ProblemCode.UNKNOWN_PROPERTY, locale, field))),
                    Map.of(), field);
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            String field = path(format);
            String allowed = Arrays.stream(format.getTargetType().getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", "));
            String value = String.valueOf(format.getValue());
            return answer(ProblemCode.UNKNOWN_ENUM_VALUE, ctx,
                    List.of(new Problem.FieldError(field,
                            Messages.detail(ProblemCode.UNKNOWN_ENUM_VALUE, locale, field, value, allowed))),
                    Map.of(), field, value, allowed);
        }
        if (e instanceof MismatchedInputException mismatch && !(e instanceof JsonParseException)
                && !mismatch.getPath().isEmpty()) {
            String field = path(mismatch);
            return answer(ProblemCode.WRONG_TYPE, ctx,
                    List.of(new Problem.FieldError(field, Messages.detail(ProblemCode.WRONG_TYPE, locale, field))),
                    Map.of(), field);
        }
        if (e instanceof MismatchedInputException && e.getMessage() != null
                && e.getMessage().startsWith("No content to map")) {
            return answer(ProblemCode.MISSING_BODY, ctx, List.of(), Map.of());
        }
        return answer(ProblemCode.MALFORMED_JSON, ctx, List.of(), Map.of());
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class,
            NotAuthorizedException.class })
    public Response unauthenticated(Exception e, RoutingContext ctx) {
        Response problem = answer(ProblemCode.UNAUTHENTICATED, ctx, List.of(), Map.of());
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper({ io.quarkus.security.ForbiddenException.class, ForbiddenException.class })
    public Response forbidden(Exception e, RoutingContext ctx) {
        return answer(ProblemCode.FORBIDDEN, ctx, List.of(), Map.of());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, RoutingContext ctx) {
        ProblemCode code;
        if (e instanceof NotFoundException) {
            code = ProblemCode.NOT_FOUND;
        } else if (e instanceof NotAllowedException) {
            code = ProblemCode.METHOD_NOT_ALLOWED;
        } else if (e instanceof NotSupportedException) {
            code = ProblemCode.UNSUPPORTED_MEDIA_TYPE;
        } else if (e instanceof NotAcceptableException) {
            code = ProblemCode.NOT_ACCEPTABLE;
        } else if (e.getCause() instanceof JacksonException jackson) {
            return json(jackson, ctx);
        } else if (e.getResponse().getStatus() == 413) {
            return answer(ProblemCode.PAYLOAD_TOO_LARGE, ctx, List.of(), Map.of("maxBytes", bodyLimit.limitOf(ctx)),
                    bodyLimit.humanSize(ctx));
        } else if (e.getResponse().getStatus() < 500) {
            code = e.getResponse().getStatus() == 401 ? ProblemCode.UNAUTHENTICATED
                    : e.getResponse().getStatus() == 403 ? ProblemCode.FORBIDDEN
                    : ProblemCode.VALIDATION_FAILED;
        } else {
            return unexpected(e, ctx);
        }
        // Every body this API reads is JSON, but for the OAuth2 token request, which answers its own 415.
        Response problem = code == ProblemCode.UNSUPPORTED_MEDIA_TYPE
                ? answer(code, ctx, List.of(), Map.of(), MediaType.APPLICATION_JSON)
                : answer(code, ctx, List.of(), Map.of());
        if (e instanceof NotAllowedException && e.getResponse().getHeaderString(HttpHeaders.ALLOW) != null) {
            return Response.fromResponse(problem).header(HttpHeaders.ALLOW, e.getResponse().getHeaderString(HttpHeaders.ALLOW))
                    .build();
        }
        return problem;
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, RoutingContext ctx) {
        String traceId = TraceIds.of(ctx);
        var aborted = Contention.abortedTransaction(e);
        if (aborted.isPresent()) {
            LOG.warnf("PostgreSQL aborted the transaction (%s), answered 503 to retry; trace id %s: %s", aborted.get(),
                    traceId, e.getMessage());
            return problem(ProblemException.tryAgainIn(1), ctx);
        }
        if (Contention.staleWrite(e)) {
            // Every known change reads its row under a lock; one that does not lost a race here.
            LOG.warnf("A row changed between its read and its write; answered 409; trace id %s: %s", traceId,
                    e.getMessage());
            return problem(new ProblemException(ProblemCode.CONFLICT), ctx);
        }
        if (Outage.of(e)) {
            // One line, not a trace per request: during an outage every request that needs it fails alike.
            LOG.warnf("A backing service could not be reached or did not answer; answered 503; trace id %s: %s", traceId,
                    e);
            return problem(ProblemException.tryAgainIn(5), ctx);
        }
        LOG.errorf(e, "Unexpected failure, trace id %s", traceId);
        return ProblemResponses.response(ProblemResponses.problem(ProblemCode.INTERNAL_ERROR,
                ProblemResponses.locale(ctx), traceId, List.of(), Map.of(), traceId));
    }

    private static Response answer(ProblemCode code, RoutingContext ctx,
            List<Problem.FieldError> errors, Map<String, Object> extensions, Object... args) {
        return answer(code, ProblemResponses.locale(ctx), ctx, errors, extensions, args);
    }

    private static Response answer(ProblemCode code, Locale locale, RoutingContext ctx,
            List<Problem.FieldError> errors, Map<String, Object> extensions, Object... args) {
        return ProblemResponses.response(ProblemResponses.problem(code, locale, TraceIds.of(ctx), errors, extensions, args));
    }

    /** Arguments given as {@link Localised} keys turn into the caller's language. */
    private static Object[] localise(Object[] args, Locale locale) {
        return Arrays.stream(args)
                .map(a -> a instanceof Localised l ? Messages.text(l.key(), locale) : a)
                .toArray();
    }

    private static List<ElementKind> kinds(Path path) {
        List<ElementKind> kinds = new java.util.ArrayList<>();
        path.forEach(node -> kinds.add(node.getKind()));
        return kinds;
    }

    /**
     * The field as the caller wrote it: {@code address.street} inside a body, the parameter's
     * name ({@code page}) for a query parameter, {@code body} for a missing body; never a method name.
     */
    private static String field(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        boolean afterParameter = false;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                field.setLength(0);
                field.append(node.getName());
                afterParameter = true;
            } else if (node.getKind() == ElementKind.PROPERTY) {
                if (afterParameter) {
                    field.setLength(0);
                    afterParameter = false;
                } else if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
                if (node.getIndex() != null) {
                    field.append('[').append(node.getIndex()).append(']');
                }
            }
        }
        return field.isEmpty() ? BODY : field.toString();
    }

    private static String path(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }
}
