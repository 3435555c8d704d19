package io.jiayi.identity.token;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.lang.JoseException;

import io.jiayi.common.web.Audiences;

/** The public keys that verify Jiayi's access tokens, for partners and our own verifiers. */
@Path("/.well-known/jwks.json")
public class JwksResource {

    private final KeyRing keyRing;

    public JwksResource(KeyRing keyRing) {
        this.keyRing = keyRing;
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = Audiences.PUBLIC)
    @Operation(operationId = "getJwks", summary = "The JSON Web Key Set verifying access tokens",
            description = "Every key that may sign a valid token now, by kid; a key added for a rotation appears here "
                    + "before it signs.")
    @APIResponse(responseCode = "200", description = "The key set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Jwks.class)))
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    public Response getJwks() {
        JsonWebKeySet set = new JsonWebKeySet();
        keyRing.verificationKeys().forEach((kid, key) -> {
            try {
                PublicJsonWebKey jwk = PublicJsonWebKey.Factory.newPublicJwk(key);
                jwk.setKeyId(kid);
                jwk.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
                jwk.setUse("sig");
                set.addJsonWebKey(jwk);
            } catch (JoseException e) {
                throw new IllegalStateException(e);
            }
        });
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        return Response.ok(set.toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY), MediaType.APPLICATION_JSON)
                .cacheControl(cache).build();
    }

    /** The document's shape, for the contract. */
    @Schema(name = "Jwks")
    public record Jwks(List<Map<String, String>> keys) {
    }
}
