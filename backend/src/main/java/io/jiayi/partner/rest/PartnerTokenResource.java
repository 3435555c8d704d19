package io.jiayi.partner.rest;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.jiayi.common.error.ProblemCode;
import io.jiayi.common.error.ProblemException;
import io.jiayi.common.web.Audiences;
import io.jiayi.partner.rest.PartnerModels.AccessTokenResponse;
import io.jiayi.partner.rest.PartnerModels.ClientCredentialsRequest;
import io.jiayi.partner.service.PartnerTokens;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * The token endpoint of the partner API: OAuth2 client credentials (RFC 6749 section 4.4), the
 * client authenticating with HTTP Basic or with client_id and client_secret in the form.
 */
@Path("/api/partner/v1/oauth/token")
@PermitAll
@Tag(name = Audiences.PARTNER)
public class PartnerTokenResource {

    private static final String GRANT_TYPE = "grant_type";
    private static final String CLIENT_ID = "client_id";
    private static final String CLIENT_SECRET = "client_secret";
    private static final String SCOPE = "scope";

    private final PartnerTokens tokens;

    public PartnerTokenResource(PartnerTokens tokens) {
        this.tokens = tokens;
    }

    /** The client's credentials, from whichever of the two ways it used. */
    private record Client(String id, String secret) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "issuePartnerToken", summary = "Get an access token for a partner app (OAuth2 client credentials)",
            description = "grant_type=client_credentials; the client authenticates with HTTP Basic (client_id:client_secret, "
                    + "each form-urlencoded) or with client_id and client_secret in the form, not both. `scope` narrows "
                    + "the token to some of the app's scopes. The token is an RS256 JWT verified like every other one: "
                    + "`groups` is partner, `scope` the scopes granted, `institutionId` the institution of a bound app. "
                    + "A revoked app gets no token, and its tokens are refused. Refusals carry the OAuth2 `error` "
                    + "beside the problem `code`: INVALID_CLIENT (invalid_client, 401), INVALID_SCOPE (invalid_scope), "
                    + "UNSUPPORTED_GRANT_TYPE (unsupported_grant_type), INVALID_GRANT_REQUEST (invalid_request). "
                    + "Token requests are rate-limited per client and per address.")
    @APIResponse(responseCode = "200", description = "A token",
            headers = { @Header(name = "Cache-Control", schema = @Schema(type = SchemaType.STRING, example = "no-store")),
                    @Header(name = "RateLimit-Limit", schema = @Schema(type = SchemaType.INTEGER)),
                    @Header(name = "RateLimit-Remaining", schema = @Schema(type = SchemaType.INTEGER)),
                    @Header(name = "RateLimit-Reset", schema = @Schema(type = SchemaType.INTEGER)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AccessTokenResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "InvalidClient")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public Uni<RestResponse<AccessTokenResponse>> issuePartnerToken(
            @Parameter(description = "Basic client authentication (RFC 6749 section 2.3.1)",
                    schema = @Schema(type = SchemaType.STRING, example = "Basic anBfNGtxOVR6VjFtV2NYMGFMcjJiWWU6anBzXy4uLg=="))
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED,
                    schema = @Schema(implementation = ClientCredentialsRequest.class))) MultivaluedMap<String, String> form,
            RoutingContext ctx) {
        String grantType = single(form, GRANT_TYPE);
        if (grantType == null) {
            throw PartnerTokens.invalidRequest(GRANT_TYPE);
        }
        if (!"client_credentials".equals(grantType)) {
            throw new ProblemException(ProblemCode.UNSUPPORTED_GRANT_TYPE, Map.of("error", "unsupported_grant_type"));
        }
        Client client = client(authorization, form);
        String address = ctx.request().remoteAddress() == null ? "unknown" : ctx.request().remoteAddress().hostAddress();
        return tokens.clientCredentials(client.id(), client.secret(), single(form, SCOPE), address)
                .map(issued -> RestResponse.ResponseBuilder
                        .ok(new AccessTokenResponse(issued.accessToken(), "Bearer", issued.expiresIn(), issued.scope()))
                        .header(HttpHeaders.CACHE_CONTROL, "no-store")
                        .header("Pragma", "no-cache")
                        .header("RateLimit-Limit", issued.quota().limit())
                        .header("RateLimit-Remaining", issued.quota().remaining())
                        .header("RateLimit-Reset", issued.quota().resetSeconds())
                        .build());
    }

    /**
     * A token request in any other type than the form OAuth2 prescribes (RFC 6749, 4.4.2): the
     * answer names the form, not the JSON every other endpoint takes.
     */
    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public RestResponse<AccessTokenResponse> issuePartnerTokenFromAnotherType() {
        throw new ProblemException(ProblemCode.UNSUPPORTED_MEDIA_TYPE, MediaType.APPLICATION_FORM_URLENCODED);
    }

    /** Basic or the form, exactly one of them (RFC 6749 section 2.3: one authentication method per request). */
    private static Client client(String authorization, MultivaluedMap<String, String> form) {
        String formId = single(form, CLIENT_ID);
        String formSecret = single(form, CLIENT_SECRET);
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            if (formSecret != null) {
                throw PartnerTokens.invalidRequest(CLIENT_SECRET);
            }
            Client basic = basic(authorization.substring(6).trim());
            if (formId != null && !formId.equals(basic.id())) {
                throw PartnerTokens.invalidRequest(CLIENT_ID);
            }
            return basic;
        }
        if (formId == null || formSecret == null) {
            throw PartnerTokens.invalidClient();
        }
        return new Client(formId, formSecret);
    }

    private static Client basic(String credentials) {
        try {
            String decoded = new String(Base64.getDecoder().decode(credentials), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 1) {
                throw PartnerTokens.invalidClient();
            }
            return new Client(formDecode(decoded.substring(0, colon)), formDecode(decoded.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            throw PartnerTokens.invalidClient();
        }
    }

    /** Basic credentials of OAuth2 clients are form-urlencoded before base64 (RFC 6749 section 2.3.1). */
    private static String formDecode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    /** A parameter given at most once (RFC 6749 section 3.2); empty counts as absent. */
    private static String single(MultivaluedMap<String, String> form, String name) {
        List<String> values = form == null ? null : form.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw PartnerTokens.invalidRequest(name);
        }
        return values.get(0).isEmpty() ? null : values.get(0);
    }
}
