package io.jiayi.common.error;

import java.net.URI;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** An RFC 9457 problem document, as every error of this API answers. */
// Written through Response entities and by hand (BodyLimit): the native image must know it.
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({ "type", "title", "status", "detail", "code", "traceId", "errors" })
@Schema(name = "Problem", description = "RFC 9457 problem details. `code` is stable; `title` and `detail` follow Accept-Language (Chinese by default).")
public record Problem(
        @Schema(example = "https://problems.jiayi.changning.local/validation-failed") URI type,
        @Schema(example = "请求内容有误") String title,
        @Schema(example = "400") int status,
        @Schema(example = "请检查标出的字段后重试。") String detail,
        ProblemCode code,
        @Schema(example = "4bf92f3577b34da6a3ce929d0e0e4736") String traceId,
        List<FieldError> errors,
        @JsonIgnore @Schema(hidden = true) Map<String, Object> extensions) {

    @JsonAnyGetter
    public Map<String, Object> anyGetter() {
        return extensions;
    }

    @RegisterForReflection
    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(example = "name") String field,
            @Schema(example = "不能为空") String message) {
    }
}
