package io.jiayi.common.paging;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import io.jiayi.common.error.ProblemException;

/**
 * {@code ?page=0&size=20} as the caller wrote it. Taken as text so that {@code size=abc}
 * answers a paging problem rather than the framework's 404 for an unconvertible parameter.
 */
public class Paging {

    @QueryParam("page")
    @Parameter(description = "Page number, from 0.", schema = @Schema(type = SchemaType.INTEGER,
            minimum = "0", maximum = "2147483647", defaultValue = "0"))
    String page;

    @QueryParam("size")
    @Parameter(description = "Items per page, 1 to 100; larger values are capped at 100.",
            schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "1", maximum = "100", defaultValue = "20"))
    String size;

    public Paging() {
    }

    /** The page asked for, or an {@code INVALID_PAGING} problem naming each bad parameter. */
    public PageRequest request() {
        List<ProblemException.FieldProblem> problems = new ArrayList<>();
        int pageNumber = parse(page, 0, 0, "page", problems);
        int pageSize = parse(size, PageRequest.DEFAULT_SIZE, 1, "size", problems);
        if (!problems.isEmpty()) {
            throw ProblemException.invalidPaging(problems);
        }
        return new PageRequest(pageNumber, pageSize);
    }

    private static int parse(String value, int fallback, int min, String name, List<ProblemException.FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= min) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // a word, a fraction or a number beyond int: reported below like any bad value
        }
        problems.add(new ProblemException.FieldProblem(name, "field." + name + ".invalid"));
        return fallback;
    }
}
