package io.jiayi.identity.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.jiayi.common.web.Audiences;
import io.jiayi.identity.account.Phones;
import io.jiayi.identity.account.ResidentLogin;
import io.jiayi.identity.account.StaffLogin;
import io.jiayi.identity.account.SubjectGrants;
import io.jiayi.identity.rest.AuthRequests.PasswordLoginRequest;
import io.jiayi.identity.rest.AuthRequests.RefreshTokenRequest;
import io.jiayi.identity.rest.AuthRequests.SmsCodeRequest;
import io.jiayi.identity.rest.AuthRequests.SmsCodeSent;
import io.jiayi.identity.rest.AuthRequests.SmsLoginRequest;
import io.jiayi.identity.token.Sessions;
import io.jiayi.identity.token.TokenPair;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

@Path("/api/v1/auth")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

    private final ResidentLogin residentLogin;
    private final StaffLogin staffLogin;
    private final Sessions sessions;
    private final SubjectGrants grants;

    public AuthResource(ResidentLogin residentLogin, StaffLogin staffLogin, Sessions sessions, SubjectGrants grants) {
        this.residentLogin = residentLogin;
        this.staffLogin = staffLogin;
        this.sessions = sessions;
        this.grants = grants;
    }

    @POST
    @Path("/sms-codes")
    @Tag(name = Audiences.RESIDENT)
    @Operation(operationId = "sendLoginCode", summary = "Send a sign-in code to a resident's phone",
            description = "Six digits, valid 5 minutes. One code a minute and 10 a day per phone, and a cap per client "
                    + "address; the RateLimit headers tell the phone's daily quota.")
    @APIResponse(responseCode = "202", description = "Sent",
            headers = { @Header(name = "RateLimit-Limit", schema = @Schema(type = SchemaType.INTEGER)),
                    @Header(name = "RateLimit-Remaining", schema = @Schema(type = SchemaType.INTEGER)),
                    @Header(name = "RateLimit-Reset", schema = @Schema(type = SchemaType.INTEGER)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SmsCodeSent.class)))
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public Uni<RestResponse<SmsCodeSent>> sendLoginCode(@NotNull @Valid SmsCodeRequest body, RoutingContext ctx) {
        String phone = Phones.normalise(body.phone(), "phone");
        return residentLogin.sendCode(phone, ctx.request().remoteAddress().hostAddress())
                .map(sent -> RestResponse.ResponseBuilder
                        .create(RestResponse.Status.ACCEPTED,
                                new SmsCodeSent(sent.expiresAt(), sent.resendAt(), sent.dailyRemaining()))
                        .header("RateLimit-Limit", sent.dailyLimit())
                        .header("RateLimit-Remaining", sent.dailyRemaining())
                        .header("RateLimit-Reset", sent.dailyResetSeconds())
                        .build());
    }

    @POST
    @Path("/sms-login")
    @Tag(name = Audiences.RESIDENT)
    @Operation(operationId = "loginWithSmsCode", summary = "Sign a resident in with the code; the first sign-in opens the account",
            description = "5 wrong codes void the code.")
    @APIResponse(responseCode = "200", description = "Signed in",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenPair.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    public Uni<TokenPair> loginWithSmsCode(@NotNull @Valid SmsLoginRequest body) {
        return residentLogin.login(Phones.normalise(body.phone(), "phone"), body.code());
    }

    @POST
    @Path("/password-login")
    @Tag(name = Audiences.DOCTOR)
    @Tag(name = Audiences.STAFF)
    @Operation(operationId = "loginWithPassword", summary = "Sign a doctor, staff member or administrator in",
            description = "5 wrong passwords in a row lock the account for 15 minutes (429 ACCOUNT_LOCKED with Retry-After).")
    @APIResponse(responseCode = "200", description = "Signed in",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenPair.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public Uni<TokenPair> loginWithPassword(@NotNull @Valid PasswordLoginRequest body) {
        return staffLogin.login(body.username().strip(), body.password());
    }

    @POST
    @Path("/refresh")
    @Tag(name = Audiences.RESIDENT)
    @Tag(name = Audiences.DOCTOR)
    @Tag(name = Audiences.STAFF)
    @Operation(operationId = "refreshTokens", summary = "Exchange a refresh token for the next pair",
            description = "Each refresh token works once. Presenting a used one again ends the whole sign-in "
                    + "(REFRESH_TOKEN_REUSED).")
    @APIResponse(responseCode = "200", description = "The next pair",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenPair.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    public Uni<TokenPair> refreshTokens(@NotNull @Valid RefreshTokenRequest body) {
        return sessions.refresh(body.refreshToken(), grants);
    }

    @POST
    @Path("/logout")
    @Tag(name = Audiences.RESIDENT)
    @Tag(name = Audiences.DOCTOR)
    @Tag(name = Audiences.STAFF)
    @Operation(operationId = "logout", summary = "End the sign-in the refresh token belongs to",
            description = "Its refresh tokens stop working at once; access tokens already issued lapse within 15 minutes.")
    @APIResponse(responseCode = "204", description = "Signed out (also for an unknown token)")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Uni<Void> logout(@NotNull @Valid RefreshTokenRequest body) {
        return sessions.logout(body.refreshToken());
    }
}
