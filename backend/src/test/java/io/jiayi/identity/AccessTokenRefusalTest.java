package io.jiayi.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import io.jiayi.identity.token.KeyRing;
import io.jiayi.support.MutableClock;
import io.jiayi.support.Residents;
import io.quarkus.arc.Arc;
import io.restassured.response.ValidatableResponse;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.quarkus.test.junit.QuarkusTest;

/** Every kind of bad access token is refused with 401, and only good ones pass. */
@QuarkusTest
class AccessTokenRefusalTest {

    private static final String ISSUER = "https://jiayi.changning.local";
    private static final String AUDIENCE = "jiayi-api";

    private static KeyRing.SigningKey key() {
        return Arc.container().instance(KeyRing.class).get().signingKey();
    }

    /** Claims like the service's own for an existing resident, times from the service's clock. */
    private static JwtClaimsBuilder claims(String subject, Instant issuedAt, Instant expiresAt) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject).upn(subject).groups("resident")
                .issuedAt(issuedAt).expiresAt(expiresAt);
    }

    private static String signed(JwtClaimsBuilder claims) {
        return claims.jws().algorithm(SignatureAlgorithm.RS256).keyId(key().kid()).sign(key().privateKey());
    }

    private static ValidatableResponse me(String token) {
        return given().auth().oauth2(token).get("/api/v1/me").then();
    }

    private static void refused(String token) {
        me(token).statusCode(401).contentType("application/problem+json").body("code", is("UNAUTHENTICATED"));
    }

    private static String residentId() {
        Residents.Resident resident = Residents.signIn();
        return resident.request().get("/api/v1/me").then().statusCode(200).extract().path("id");
    }

    private static Instant now() {
        return MutableClock.get().instant();
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aWellFormedTokenPasses() {
        me(signed(claims(residentId(), now(), now().plusSeconds(600)))).statusCode(200);
    }

    @Test
    void noTokenIsRefused() {
        given().get("/api/v1/me").then().statusCode(401).body("code", is("UNAUTHENTICATED"));
    }

    @Test
    void anExpiredTokenIsRefusedBeyondTheClockSkewOnly() {
        String subject = residentId();
        me(signed(claims(subject, now().minusSeconds(900), now().minusSeconds(10)))).statusCode(200);
        refused(signed(claims(subject, now().minusSeconds(900), now().minusSeconds(31))));
    }

    @Test
    void aTokenAcceptedBeforeIsRefusedOnceItExpires() {
        // Verified tokens are remembered; remembering must not outlive the token.
        String token = signed(claims(residentId(), now(), now().plusSeconds(60)));
        me(token).statusCode(200);
        me(token).statusCode(200);
        MutableClock.get().advance(java.time.Duration.ofSeconds(60 + 31));
        refused(token);
    }

    @Test
    void aTokenOfAnotherIssuerOrAudienceIsRefused() {
        String subject = residentId();
        refused(signed(claims(subject, now(), now().plusSeconds(600)).issuer("https://evil.example")));
        refused(signed(claims(subject, now(), now().plusSeconds(600)).audience("another-api")));
    }

    @Test
    void anUnsignedTokenIsRefused() {
        String payload = b64("{\"iss\":\"" + ISSUER + "\",\"aud\":\"" + AUDIENCE + "\",\"sub\":\"" + residentId()
                + "\",\"groups\":[\"resident\"],\"iat\":" + now().getEpochSecond() + ",\"exp\":"
                + now().plusSeconds(600).getEpochSecond() + "}");
        refused(b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + payload + ".");
        refused(b64("{\"alg\":\"none\",\"typ\":\"JWT\",\"kid\":\"" + key().kid() + "\"}") + "." + payload + ".");
    }

    @Test
    void anHmacTokenSignedWithThePublicKeyIsRefused() {
        byte[] publicKey = key().publicKey().getEncoded();
        String token = claims(residentId(), now(), now().plusSeconds(600)).jws().algorithm(SignatureAlgorithm.HS256)
                .keyId(key().kid()).sign(new SecretKeySpec(publicKey, "HmacSHA256"));
        refused(token);
    }

    @Test
    void aTamperedPayloadIsRefused() {
        String token = signed(claims(residentId(), now(), now().plusSeconds(600)));
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"resident\"", "\"admin\"");
        refused(parts[0] + "." + b64(payload) + "." + parts[2]);
    }

    @Test
    void aTokenWithAnUnknownOrMissingKidIsRefused() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        PrivateKey stranger = generator.generateKeyPair().getPrivate();
        String subject = residentId();
        refused(claims(subject, now(), now().plusSeconds(600)).jws().algorithm(SignatureAlgorithm.RS256)
                .keyId("kid-" + UUID.randomUUID()).sign(stranger));
        // Our own kid, but a stranger's signature.
        refused(claims(subject, now(), now().plusSeconds(600)).jws().algorithm(SignatureAlgorithm.RS256)
                .keyId(key().kid()).sign(stranger));
        refused(claims(subject, now(), now().plusSeconds(600)).jws().algorithm(SignatureAlgorithm.RS256)
                .sign(key().privateKey()));
    }

    @Test
    void aResidentTokenOpensNoStaffEndpoint() {
        given().auth().oauth2(signed(claims(residentId(), now(), now().plusSeconds(600)))).contentType("application/json")
                .body(Map.of("username", "a.b.c", "password", "Good-password-9", "role", "ADMIN"))
                .post("/api/v1/staff-accounts").then().statusCode(403);
        List.of("/api/v1/me", "/api/v1/me/members", "/api/v1/me/patients").forEach(path ->
                given().auth().oauth2(StaffTokens.doctor()).get(path).then().statusCode(403));
    }

    /** A family doctor's token as the password login issues it. */
    static final class StaffTokens {
        static String doctor() {
            return given().contentType("application/json")
                    .body(Map.of("username", "xinhua.doctor", "password", "Doctor-Jiayi-2026"))
                    .post("/api/v1/auth/password-login").then().statusCode(200).extract().path("accessToken");
        }
    }
}
