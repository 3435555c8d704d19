package io.jiayi.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.jiayi.identity.token.KeyRing;
import io.jiayi.support.MutableClock;
import io.jiayi.support.Residents;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;

/**
 * A key added to the key folder verifies tokens and appears in the JWKS without a restart; a
 * key taken away stops verifying. (The folder is reread every minute; the test asks at once.)
 */
@QuarkusTest
class KeyRotationTest {

    private static KeyRing keyRing() {
        return Arc.container().instance(KeyRing.class).get();
    }

    @Test
    void theJwksPublishesTheSigningKey() {
        given().get("/.well-known/jwks.json").then().statusCode(200)
                .body("keys.kid", hasItem(keyRing().signingKey().kid()))
                .body("keys[0].kty", is("RSA"))
                .body("keys[0].alg", is("RS256"))
                .body("keys[0].use", is("sig"))
                .body("keys[0].d", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void anAddedKeyVerifiesWithoutARestartAndARemovedOneStops() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair next = generator.generateKeyPair();
        String kid = "rotation-" + UUID.randomUUID().toString().substring(0, 8);
        Path folder = Path.of(ConfigProvider.getConfig().getValue("jiayi.jwt.key-directory", String.class));
        Path file = folder.resolve(kid + ".pem");

        Residents.Resident resident = Residents.signIn();
        String subject = resident.request().get("/api/v1/me").then().extract().path("id");
        var now = MutableClock.get().instant();
        String token = Jwt.issuer("https://jiayi.changning.local").audience("jiayi-api").subject(subject)
                .groups("resident").issuedAt(now).expiresAt(now.plusSeconds(600))
                .jws().algorithm(SignatureAlgorithm.RS256).keyId(kid).sign(next.getPrivate());
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(401);

        try {
            // Only the public half goes to the verifiers' folder.
            Files.writeString(file, "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                            .encodeToString(next.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n", StandardCharsets.US_ASCII);
            keyRing().reload();
            given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200);
            given().get("/.well-known/jwks.json").then().body("keys.kid", hasItem(kid))
                    .body("keys.kid", hasItem(keyRing().signingKey().kid()));
            // Tokens of the current key still pass during the rotation.
            given().auth().oauth2(resident.accessToken()).get("/api/v1/me").then().statusCode(200);
        } finally {
            Files.deleteIfExists(file);
            keyRing().reload();
        }
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(401);
        given().get("/.well-known/jwks.json").then().body("keys.kid", not(hasItem(kid)));
    }
}
