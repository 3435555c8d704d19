package io.jiayi.followup.rest;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.jboss.resteasy.reactive.RestResponse;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.jiayi.common.security.Roles;
import io.jiayi.common.web.Audiences;
import io.jiayi.common.web.Ids;
import io.smallrye.mutiny.Uni;

import io.jiayi.followup.rest.FollowUpModels.FormView;
import io.jiayi.followup.rest.FollowUpModels.NewFormVersion;
import io.jiayi.followup.service.FollowUpForms;

/** Follow-up forms and their versions; administrators publish new versions. */
@Path("/api/v1/follow-up-forms")
@Produces(MediaType.APPLICATION_JSON)
public class FollowUpFormResource {

    private final FollowUpForms forms;

    public FollowUpFormResource(FollowUpForms forms) {
        this.forms = forms;
    }

    @GET
    @RolesAllowed({ Roles.RESIDENT, Roles.DOCTOR, Roles.STAFF, Roles.ADMIN })
    @Tag(name = Audiences.RESIDENT)
    @Tag(name = Audiences.DOCTOR)
    @SecurityRequirement(name = "bearer", scopes = { Roles.RESIDENT, Roles.DOCTOR, Roles.STAFF, Roles.ADMIN })
    @Operation(operationId = "listFollowUpForms", summary = "Every form version, by code and newest version first")
    @APIResponse(responseCode = "200", description = "The forms")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Uni<List<FormView>> listFollowUpForms(
            @QueryParam("code") @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = 40, example = "HYPERTENSION")) String code) {
        return forms.list(code == null || code.isBlank() ? null : code.trim());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.RESIDENT, Roles.DOCTOR, Roles.STAFF, Roles.ADMIN })
    @Tag(name = Audiences.RESIDENT)
    @Tag(name = Audiences.DOCTOR)
    @SecurityRequirement(name = "bearer", scopes = { Roles.RESIDENT, Roles.DOCTOR, Roles.STAFF, Roles.ADMIN })
    @Operation(operationId = "getFollowUpForm", summary = "One form version")
    @APIResponse(responseCode = "200", description = "The form")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<FormView> getFollowUpForm(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return forms.get(Ids.required(id, "followUpForm"));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = Audiences.STAFF)
    @SecurityRequirement(name = "bearer", scopes = { Roles.ADMIN })
    @Operation(operationId = "publishFollowUpForm", summary = "Publish the next version of a form",
            description = "Follow-ups whose window has not opened move to the new version; those already open, and all "
                    + "answers, stay with the version they were issued with.")
    @APIResponse(responseCode = "201", description = "Published",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FormView.class)))
    public Uni<RestResponse<FormView>> publishFollowUpForm(@NotNull @Valid NewFormVersion body) {
        return forms.publish(body).map(form -> RestResponse.ResponseBuilder.<FormView> created(
                URI.create("/api/v1/follow-up-forms/" + form.id())).entity(form).build());
    }
}
