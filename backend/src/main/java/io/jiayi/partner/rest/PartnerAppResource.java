package io.jiayi.partner.rest;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.jiayi.common.paging.PageResponse;
import io.jiayi.common.paging.Paging;
import io.jiayi.common.security.Caller;
import io.jiayi.common.security.Roles;
import io.jiayi.common.web.Audiences;
import io.jiayi.common.web.Ids;
import io.jiayi.common.web.QueryParams;
import io.jiayi.partner.PartnerAppStatus;
import io.jiayi.partner.rest.PartnerModels.NewPartnerApp;
import io.jiayi.partner.rest.PartnerModels.PartnerAppCredentials;
import io.jiayi.partner.rest.PartnerModels.PartnerAppView;
import io.jiayi.partner.service.PartnerApps;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Administrators register partner (third-party) apps, rotate their secrets and revoke them. */
@Path("/api/v1/partner-apps")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = Audiences.STAFF)
@SecurityRequirement(name = "bearer", scopes = { Roles.ADMIN })
public class PartnerAppResource {

    private final PartnerApps apps;
    private final SecurityIdentity identity;

    public PartnerAppResource(PartnerApps apps, SecurityIdentity identity) {
        this.apps = apps;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerPartnerApp", summary = "Register a partner app; its client secret is shown in this answer only",
            description = "The app gets a client id and secret for the OAuth2 client-credentials grant at "
                    + "POST /api/partner/v1/oauth/token. Only a hash of the secret is kept: store it now. An app bound "
                    + "to an institution acts only there; without institutionId it acts district-wide. Scopes come "
                    + "from the catalogue (bookings:check-in, reports:push); another value is UNKNOWN_SCOPE. "
                    + "reports:push needs an institution: reports are that institution's own.")
    @APIResponse(responseCode = "201", description = "Registered, with its secret",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PartnerAppCredentials.class)))
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<RestResponse<PartnerAppCredentials>> registerPartnerApp(@NotNull @Valid NewPartnerApp body) {
        return apps.register(Caller.of(identity), body).map(created -> RestResponse.ResponseBuilder
                .<PartnerAppCredentials> created(URI.create("/api/v1/partner-apps/" + created.id()))
                .entity(created).build());
    }

    @GET
    @Operation(operationId = "listPartnerApps", summary = "Partner apps, newest first (secrets are never shown)")
    @APIResponse(responseCode = "200", description = "One page of apps")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Uni<PageResponse<PartnerAppView>> listPartnerApps(
            @QueryParam("status") @Parameter(schema = @Schema(implementation = PartnerAppStatus.class)) String status,
            @QueryParam("institutionId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            String institutionId,
            @BeanParam Paging paging) {
        return apps.list(QueryParams.enumValue("status", status, PartnerAppStatus.class),
                Ids.filter("institutionId", institutionId), paging.request());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPartnerApp", summary = "A partner app with what administrators did to it")
    @APIResponse(responseCode = "200", description = "The app")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<PartnerAppView> getPartnerApp(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return apps.find(Ids.required(id, "partnerApp"));
    }

    @POST
    @Path("/{id}/rotate-secret")
    @Operation(operationId = "rotatePartnerAppSecret", summary = "Give the app a new client secret, shown in this answer only",
            description = "The old secret stops working at once; tokens already issued run their course (minutes).")
    @APIResponse(responseCode = "200", description = "The app with its new secret",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PartnerAppCredentials.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Uni<PartnerAppCredentials> rotatePartnerAppSecret(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return apps.rotateSecret(Caller.of(identity), Ids.required(id, "partnerApp"));
    }

    @POST
    @Path("/{id}/revoke")
    @Operation(operationId = "revokePartnerApp", summary = "Revoke the app for good: no new tokens, and its tokens are refused at once",
            description = "Revoking a revoked app changes nothing and answers its state.")
    @APIResponse(responseCode = "200", description = "Revoked")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<PartnerAppView> revokePartnerApp(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return apps.revoke(Caller.of(identity), Ids.required(id, "partnerApp"));
    }
}
