package io.jiayi.booking.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.jiayi.booking.ClinicType;
import io.jiayi.booking.rest.ScheduleModels.SlotView;
import io.jiayi.booking.service.SlotSearch;
import io.jiayi.common.error.ProblemCode;
import io.jiayi.common.error.ProblemException;
import io.jiayi.common.paging.PageResponse;
import io.jiayi.common.paging.Paging;
import io.jiayi.common.web.Audiences;
import io.jiayi.common.web.Ids;
import io.jiayi.common.web.QueryParams;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/slots")
@Produces(MediaType.APPLICATION_JSON)
public class SlotResource {

    private final SlotSearch search;

    public SlotResource(SlotSearch search) {
        this.search = search;
    }

    @GET
    @PermitAll
    @Tag(name = Audiences.PUBLIC)
    @Tag(name = Audiences.RESIDENT)
    @Operation(operationId = "searchSlots", summary = "Search slots by institution, department, doctor, dates and clinic type",
            description = "Dates are Asia/Shanghai calendar days (default: today and the next 14); the public count is exact.")
    @APIResponse(responseCode = "200", description = "One page of slots, earliest first")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Uni<PageResponse<SlotView>> searchSlots(
            @QueryParam("institutionId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String institutionId,
            @QueryParam("departmentId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String departmentId,
            @QueryParam("doctorId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String doctorId,
            @QueryParam("clinicType") @Parameter(schema = @Schema(implementation = ClinicType.class)) String clinicType,
            @QueryParam("from") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) String from,
            @QueryParam("to") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) String to,
            @BeanParam Paging paging) {
        return search.search(Ids.filter("institutionId", institutionId), Ids.filter("departmentId", departmentId),
                Ids.filter("doctorId", doctorId), QueryParams.enumValue("clinicType", clinicType, ClinicType.class),
                date("from", from), date("to", to), paging.request());
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new ProblemException(ProblemCode.INVALID_PARAMETER, name, value);
        }
    }
}
