package io.jiayi.identity.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

import io.jiayi.common.security.Caller;
import io.jiayi.common.security.Roles;
import io.jiayi.common.web.Audiences;
import io.jiayi.common.web.Ids;
import io.jiayi.identity.account.ResidentProfiles;
import io.jiayi.identity.member.Members;
import io.jiayi.identity.rest.AuthRequests.ConsentCodeRequest;
import io.jiayi.identity.rest.MemberModels.ManagerLinkView;
import io.jiayi.identity.rest.MemberModels.MemberView;
import io.jiayi.identity.rest.MemberModels.NewMember;
import io.jiayi.identity.rest.MemberModels.PatientView;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/** The signed-in resident: their profile and real name, their family members, whom they act for. */
@Path("/api/v1/me")
@RolesAllowed(Roles.RESIDENT)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = Audiences.RESIDENT)
@SecurityRequirement(name = "bearer", scopes = { Roles.RESIDENT })
public class MeResource {

    private final ResidentProfiles profiles;
    private final Members members;
    private final SecurityIdentity identity;

    public MeResource(ResidentProfiles profiles, Members members, SecurityIdentity identity) {
        this.profiles = profiles;
        this.members = members;
        this.identity = identity;
    }

    private UUID me() {
        return Caller.of(identity).accountId();
    }

    @GET
    @Operation(operationId = "getMyProfile", summary = "The signed-in resident, phone and ID number masked")
    @APIResponse(responseCode = "200", description = "The profile")
    public Uni<ResidentProfile> getMyProfile() {
        return profiles.profile(me());
    }

    @PUT
    @Path("/real-name")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerRealName", summary = "Register the resident's real name, once",
            description = "Checks the ID number (GB 11643 check digit), derives birth date and sex, and records the "
                    + "separate consent to process health data. One ID number, one account.")
    @APIResponse(responseCode = "200", description = "The profile with the real name")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<ResidentProfile> registerRealName(@NotNull @Valid RealNameRequest body) {
        return profiles.registerRealName(me(), body);
    }

    @GET
    @Path("/members")
    @Operation(operationId = "listMyMembers", summary = "Family members the resident manages (active and awaiting consent)")
    @APIResponse(responseCode = "200", description = "The members")
    public Uni<List<MemberView>> listMyMembers() {
        return members.list(me());
    }

    @POST
    @Path("/members")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addMember", summary = "Add a family member (at most 8)",
            description = "Under 14: active at once on the guardian's declaration. 14 or over: PENDING_CONSENT until "
                    + "the member confirms with the code sent to their phone.")
    @APIResponse(responseCode = "201", description = "Added",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public Uni<RestResponse<MemberView>> addMember(@NotNull @Valid NewMember body, RoutingContext ctx) {
        return members.add(me(), body, ctx.request().remoteAddress().hostAddress())
                .map(member -> RestResponse.ResponseBuilder.<MemberView> created(
                        URI.create("/api/v1/me/members/" + member.id())).entity(member).build());
    }

    @GET
    @Path("/members/{id}")
    @Operation(operationId = "getMyMember", summary = "One of the resident's family members")
    @APIResponse(responseCode = "200", description = "The member")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<MemberView> getMyMember(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return members.find(me(), Ids.required(id, "member"));
    }

    @POST
    @Path("/members/{id}/consent-code")
    @Operation(operationId = "resendMemberConsentCode", summary = "Send the member a new consent code")
    @APIResponse(responseCode = "202", description = "Sent")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public Uni<RestResponse<Void>> resendMemberConsentCode(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
            RoutingContext ctx) {
        return members.resendConsentCode(me(), Ids.required(id, "member"), ctx.request().remoteAddress().hostAddress())
                .replaceWith(RestResponse.accepted());
    }

    @POST
    @Path("/members/{id}/consent")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "confirmMemberConsent", summary = "Confirm an adult member's consent with their code")
    @APIResponse(responseCode = "200", description = "The member, now ACTIVE")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<MemberView> confirmMemberConsent(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
            @NotNull @Valid ConsentCodeRequest body) {
        return members.confirmConsent(me(), Ids.required(id, "member"), body.code());
    }

    @DELETE
    @Path("/members/{id}")
    @Operation(operationId = "removeMember", summary = "Stop managing a family member")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<Void> removeMember(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return members.remove(me(), Ids.required(id, "member"));
    }

    @GET
    @Path("/managers")
    @Operation(operationId = "listMyManagers", summary = "Residents who manage me as a family member")
    @APIResponse(responseCode = "200", description = "The links")
    public Uni<List<ManagerLinkView>> listMyManagers() {
        return members.managers(me());
    }

    @POST
    @Path("/managers/{id}/withdraw")
    @Operation(operationId = "withdrawManagerConsent", summary = "Withdraw consent: that resident can no longer act for me")
    @APIResponse(responseCode = "200", description = "The link, now WITHDRAWN")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<ManagerLinkView> withdrawManagerConsent(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return members.withdraw(me(), Ids.required(id, "member"));
    }

    @GET
    @Path("/patients")
    @Operation(operationId = "listMyPatients", summary = "Whom the resident may act for: themself and active members")
    @APIResponse(responseCode = "200", description = "The patients")
    public Uni<List<PatientView>> listMyPatients() {
        return members.patients(me());
    }

    @GET
    @Path("/patients/{patientId}")
    @Operation(operationId = "getMyPatient", summary = "One person the resident may act for",
            description = "The shared access check of every feature that acts for someone: 404 for anyone else.")
    @APIResponse(responseCode = "200", description = "The patient")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<PatientView> getMyPatient(
            @PathParam("patientId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String patientId) {
        return members.patient(me(), Ids.required(patientId, "patient"));
    }
}
