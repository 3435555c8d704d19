package io.jiayi.referral.rest;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.jiayi.common.error.ProblemCode;
import io.jiayi.common.error.ProblemException;
import io.jiayi.common.security.Caller;
import io.jiayi.common.security.Roles;
import io.jiayi.common.web.Audiences;
import io.jiayi.common.web.Ids;
import io.jiayi.referral.rest.ReferralModels.Statistics;
import io.jiayi.referral.service.ReferralStatistics;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/referral-statistics")
@RolesAllowed({ Roles.STAFF, Roles.ADMIN })
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = Audiences.STAFF)
@SecurityRequirement(name = "bearer", scopes = { Roles.STAFF, Roles.ADMIN })
public class ReferralStatisticsResource {

    private final ReferralStatistics statistics;
    private final SecurityIdentity identity;

    public ReferralStatisticsResource(ReferralStatistics statistics, SecurityIdentity identity) {
        this.statistics = statistics;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "getReferralStatistics", summary = "Referrals up and down per institution, referral-pool use "
            + "and release, urgent referrals seen within their window",
            description = "Staff see their own institution; admins the district or one institution.")
    @APIResponse(responseCode = "200", description = "The figures")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Uni<Statistics> getReferralStatistics(
            @QueryParam("from") @Parameter(required = true, schema = @Schema(type = SchemaType.STRING, format = "date")) String from,
            @QueryParam("to") @Parameter(required = true, schema = @Schema(type = SchemaType.STRING, format = "date")) String to,
            @QueryParam("institutionId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String institutionId) {
        return statistics.of(Caller.of(identity), date("from", from), date("to", to), Ids.filter("institutionId", institutionId));
    }

    private static LocalDate date(String name, String value) {
        try {
            return LocalDate.parse(value == null ? "" : value);
        } catch (java.time.format.DateTimeParseException e) {
            throw new ProblemException(ProblemCode.INVALID_PARAMETER, name, value);
        }
    }
}
