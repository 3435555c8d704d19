package io.jiayi.partner;

import static io.jiayi.booking.BookingFixtures.clinic;
import static io.jiayi.booking.BookingFixtures.inDays;
import static io.jiayi.booking.BookingFixtures.lock;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;

import io.jiayi.common.security.Scope;
import io.jiayi.reports.ReportFixtures;
import io.jiayi.support.BehindARowLock;
import io.jiayi.support.Directory;
import io.jiayi.support.MutableClock;
import io.jiayi.support.Residents;
import io.jiayi.support.Residents.Registered;
import io.jiayi.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * Partner (third-party) apps: administrators register them, they get tokens with the OAuth2
 * client-credentials grant, scopes and their institution bound what they may do, and rotation
 * and revocation take effect at once.
 */
@QuarkusTest
class PartnerAccessTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String TOKEN = "/api/partner/v1/oauth/token";
    private static final String CHECK_IN = "/api/partner/v1/bookings/check-in";
    private static final String REPORTS = "/api/partner/v1/reports";
    /** A booking that exists nowhere: reaching the 404 proves the token was accepted. */
    private static final Map<String, String> NO_SUCH_BOOKING = Map.of("bookingNo", "BK-20000101-AAAAAAAAAA",
            "checkInCode", "000000");

    /** An app as registered: its id and credentials. */
    private record App(String id, String clientId, String clientSecret) {
    }

    @Inject
    AgroalDataSource dataSource;

    private static RequestSpecification admin() {
        return given().auth().oauth2(TestTokens.admin()).contentType("application/json");
    }

    private static ValidatableResponse register(String institutionId, String... scopes) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("name", "同仁医院自助签到机", "scopes", List.of(scopes)));
        if (institutionId != null) {
            body.put("institutionId", institutionId);
        }
        return admin().body(body).post("/api/v1/partner-apps").then();
    }

    private static App app(String institutionId, String... scopes) {
        JsonPath created = register(institutionId, scopes).statusCode(201).extract().jsonPath();
        return new App(created.getString("id"), created.getString("clientId"), created.getString("clientSecret"));
    }

    private static String tongren() {
        return Directory.institutionId("HOSP-TONGREN");
    }

    /** A token request from an address of its own, so no test eats another's per-address quota. */
    private static RequestSpecification tokenRequest() {
        return given().header("X-Forwarded-For", Residents.newAddress()).contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "client_credentials");
    }

    private static ValidatableResponse token(String clientId, String secret) {
        return tokenRequest().formParam("client_id", clientId).formParam("client_secret", secret).post(TOKEN).then();
    }

    private static String accessToken(App app) {
        return token(app.clientId(), app.clientSecret()).statusCode(200).extract().path("access_token");
    }

    private static RequestSpecification partner(String accessToken) {
        return given().auth().oauth2(accessToken).contentType("application/json");
    }

    private static JsonPath claims(String jwt) {
        return JsonPath.from(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    /** A confirmed booking of a new 同仁 clinic on {@code date}: its number and check-in code. */
    private static Map<String, String> confirmedBooking(LocalDate date) {
        Map<String, String> clinic = clinic(date, 2);
        Registered resident = Residents.registered();
        String id = lock(resident, clinic.get("slot1"), resident.patientId()).statusCode(201).extract().path("id");
        JsonPath booking = resident.request().post("/api/v1/bookings/" + id + "/confirm").then().statusCode(200)
                .extract().jsonPath();
        return Map.of("id", id, "bookingNo", booking.getString("bookingNo"), "checkInCode",
                booking.getString("checkInCode"), "schedule", clinic.get("schedule"));
    }

    /** Moves the shared clock to {@code time} on {@code date} (it only moves forward). */
    private static void moveClockTo(LocalDate date, int hour, int minute) {
        MutableClock clock = MutableClock.get();
        clock.advance(Duration.between(clock.instant(), date.atTime(hour, minute).atZone(SHANGHAI).toInstant()));
    }

    @Test
    void anAdministratorRegistersAnAppAndItsSecretIsShownOnlyOnce() {
        ValidatableResponse created = register(tongren(), "bookings:check-in").statusCode(201)
                .header("Location", containsString("/api/v1/partner-apps/"))
                .body("clientId", startsWith("jp_")).body("clientSecret", startsWith("jps_"))
                .body("scopes", contains("bookings:check-in")).body("status", is("ACTIVE"))
                .body("institutionId", is(tongren()));
        String id = created.extract().path("id");
        String location = created.extract().header("Location");

        admin().get(location).then().statusCode(200).body("id", is(id)).body("$", not(hasKey("clientSecret")))
                .body("events[0].action", is("REGISTERED")).body("events[0].actorAccountId", notNullValue());
        List<Map<String, Object>> listed = admin().queryParam("institutionId", tongren()).queryParam("status", "ACTIVE")
                .queryParam("size", 100).get("/api/v1/partner-apps").then().statusCode(200)
                .body("page", is(0)).body("total", notNullValue())
                .extract().jsonPath().getList("items");
        Map<String, Object> item = listed.stream().filter(app -> id.equals(app.get("id"))).findFirst().orElseThrow();
        assertThat(item).doesNotContainKeys("clientSecret", "clientSecretHash", "events").containsKey("clientId");
    }

    @Test
    void registeringRefusesAScopeOutsideTheCatalogueAndIsForAdministratorsOnly() {
        register(null, "bookings:check-in", "patients:read-all").statusCode(400).body("code", is("UNKNOWN_SCOPE"))
                .body("errors[0].field", is("scopes[1]"));
        given().auth().oauth2(TestTokens.staffOf(tongren())).contentType("application/json")
                .body(Map.of("name", "x", "scopes", List.of("bookings:check-in"))).post("/api/v1/partner-apps")
                .then().statusCode(403);
    }

    @Test
    void clientCredentialsGiveABearerTokenWithTheAppsScopesAndInstitution() {
        App app = app(tongren(), "reports:push", "bookings:check-in");
        JsonPath answer = token(app.clientId(), app.clientSecret()).statusCode(200)
                .header("Cache-Control", "no-store").header("RateLimit-Limit", notNullValue())
                .body("token_type", is("Bearer")).body("expires_in", is(600))
                .body("scope", is("bookings:check-in reports:push"))
                .extract().jsonPath();
        JsonPath claims = claims(answer.getString("access_token"));
        assertThat(claims.getString("sub")).isEqualTo(app.id());
        assertThat(claims.getList("groups")).containsExactly("partner");
        assertThat(claims.getString("scope")).isEqualTo("bookings:check-in reports:push");
        assertThat(claims.getString("institutionId")).isEqualTo(tongren());
        assertThat(claims.getString("client_id")).isEqualTo(app.clientId());
    }

    @Test
    void aWrongSecretOrAnUnknownClientIsRefusedWith401() {
        App app = app(tongren(), "bookings:check-in");
        token(app.clientId(), app.clientSecret() + "x").statusCode(401).body("code", is("INVALID_CLIENT"))
                .body("error", is("invalid_client")).header("WWW-Authenticate", startsWith("Basic"));
        token("jp_nobody", app.clientSecret()).statusCode(401).body("code", is("INVALID_CLIENT"));
        token(app.clientId(), app.clientSecret().repeat(3)).statusCode(401).body("code", is("INVALID_CLIENT"));
        tokenRequest().formParam("client_id", app.clientId()).post(TOKEN).then().statusCode(401)
                .body("code", is("INVALID_CLIENT"));
    }

    @Test
    void aTokenRequestInAnotherTypeThanTheFormIsToldToSendTheForm() {
        App app = app(tongren(), "bookings:check-in");
        String json = "{\"grant_type\":\"client_credentials\",\"client_id\":\"" + app.clientId()
                + "\",\"client_secret\":\"" + app.clientSecret() + "\"}";
        given().header("X-Forwarded-For", Residents.newAddress()).contentType("application/json").body(json)
                .post(TOKEN).then().statusCode(415).contentType("application/problem+json")
                .body("code", is("UNSUPPORTED_MEDIA_TYPE"))
                .body("detail", is("请以 application/x-www-form-urlencoded 格式提交。"));
        given().header("X-Forwarded-For", Residents.newAddress()).header("Accept-Language", "en")
                .contentType("application/json").body(json)
                .post(TOKEN).then().statusCode(415).body("detail", is("Please send application/x-www-form-urlencoded."));
        // The form itself is still taken.
        token(app.clientId(), app.clientSecret()).statusCode(200);
    }

    @Test
    void theClientMayAuthenticateWithHttpBasicButNotBothWays() {
        App app = app(tongren(), "bookings:check-in");
        tokenRequest().auth().preemptive().basic(app.clientId(), app.clientSecret()).post(TOKEN).then().statusCode(200)
                .body("scope", is("bookings:check-in"));
        tokenRequest().auth().preemptive().basic(app.clientId(), "wrong").post(TOKEN).then().statusCode(401)
                .body("code", is("INVALID_CLIENT"));
        tokenRequest().auth().preemptive().basic(app.clientId(), app.clientSecret())
                .formParam("client_secret", app.clientSecret()).post(TOKEN).then().statusCode(400)
                .body("code", is("INVALID_GRANT_REQUEST")).body("error", is("invalid_request"));
    }

    @Test
    void aTokenMayBeNarrowedToSomeOfTheAppsScopesButNeverWidened() {
        App app = app(tongren(), "bookings:check-in", "reports:push");
        String narrowed = tokenRequest().formParam("client_id", app.clientId()).formParam("client_secret", app.clientSecret())
                .formParam("scope", "bookings:check-in").post(TOKEN).then().statusCode(200)
                .body("scope", is("bookings:check-in")).extract().path("access_token");
        assertThat(claims(narrowed).getString("scope")).isEqualTo("bookings:check-in");

        App checkInOnly = app(tongren(), "bookings:check-in");
        tokenRequest().formParam("client_id", checkInOnly.clientId()).formParam("client_secret", checkInOnly.clientSecret())
                .formParam("scope", "bookings:check-in reports:push").post(TOKEN).then().statusCode(400)
                .body("code", is("INVALID_SCOPE")).body("error", is("invalid_scope"));
        tokenRequest().formParam("client_id", checkInOnly.clientId()).formParam("client_secret", checkInOnly.clientSecret())
                .formParam("scope", "admin").post(TOKEN).then().statusCode(400).body("code", is("INVALID_SCOPE"));
    }

    @Test
    void onlyTheClientCredentialsGrantIsAccepted() {
        App app = app(tongren(), "bookings:check-in");
        given().header("X-Forwarded-For", Residents.newAddress()).contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "password").formParam("client_id", app.clientId())
                .formParam("client_secret", app.clientSecret()).post(TOKEN).then().statusCode(400)
                .body("code", is("UNSUPPORTED_GRANT_TYPE")).body("error", is("unsupported_grant_type"));
        given().header("X-Forwarded-For", Residents.newAddress()).contentType("application/x-www-form-urlencoded")
                .formParam("client_id", app.clientId()).formParam("client_secret", app.clientSecret()).post(TOKEN)
                .then().statusCode(400).body("code", is("INVALID_GRANT_REQUEST"));
    }

    @Test
    void tokenRequestsAreRateLimitedPerClient() {
        App app = app(tongren(), "bookings:check-in");
        String address = Residents.newAddress();
        for (int i = 0; i < 10; i++) {
            given().header("X-Forwarded-For", address).contentType("application/x-www-form-urlencoded")
                    .formParam("grant_type", "client_credentials").formParam("client_id", app.clientId())
                    .formParam("client_secret", "wrong").post(TOKEN).then().statusCode(401);
        }
        token(app.clientId(), app.clientSecret()).statusCode(429).body("code", is("RATE_LIMITED"))
                .header("Retry-After", notNullValue());
    }

    @Test
    void aPartnerWithTheCheckInScopeChecksABookingInInsideTheWindowOnly() {
        LocalDate date = inDays(2);
        Map<String, String> booking = confirmedBooking(date);
        App kiosk = app(tongren(), "bookings:check-in");
        Map<String, String> body = Map.of("bookingNo", booking.get("bookingNo"), "checkInCode", booking.get("checkInCode"));

        partner(accessToken(kiosk)).body(body).post(CHECK_IN).then().statusCode(422).body("code", is("CHECK_IN_CLOSED"))
                .body("opensAt", is(date.atTime(7, 0).atZone(SHANGHAI).toInstant().toString()))
                .body("closesAt", is(date.atTime(10, 0).atZone(SHANGHAI).toInstant().toString()));

        moveClockTo(date, 7, 1);
        String token = accessToken(kiosk);
        String wrong = booking.get("checkInCode").equals("000000") ? "111111" : "000000";
        partner(token).body(Map.of("bookingNo", booking.get("bookingNo"), "checkInCode", wrong)).post(CHECK_IN).then()
                .statusCode(404).body("code", is("RESOURCE_NOT_FOUND"));
        partner(token).body(body).post(CHECK_IN).then().statusCode(200).body("id", is(booking.get("id")))
                .body("status", is("CHECKED_IN")).body("bookingNo", is(booking.get("bookingNo")));
        // Again: the booking as it is, no second check-in.
        partner(token).body(body).post(CHECK_IN).then().statusCode(200).body("status", is("CHECKED_IN"));

        // The clinic's list shows it checked in; the audit trail names the app.
        given().auth().oauth2(TestTokens.staffOf(tongren())).get("/api/v1/schedules/" + booking.get("schedule") + "/bookings")
                .then().statusCode(200).body("find { it.id == '" + booking.get("id") + "' }.status", is("CHECKED_IN"));
        admin().queryParam("actorAccountId", kiosk.id()).get("/api/v1/audit-entries").then().statusCode(200)
                .body("items[0].actorRole", is("PARTNER")).body("items[0].action", is("CHECK_IN"))
                .body("items[0].resourceId", is(booking.get("id")))
                .body("items[0].actorInstitutionId", is(tongren()));
    }

    @Test
    void aPartnerWithoutTheCheckInScopeIsRefusedWithScopeMissing() {
        App reportsOnly = app(tongren(), "reports:push");
        partner(accessToken(reportsOnly)).body(NO_SUCH_BOOKING).post(CHECK_IN).then().statusCode(403)
                .body("code", is("SCOPE_MISSING")).body("requiredScope", is("bookings:check-in"));
    }

    @Test
    void aPartnerBoundToAnotherInstitutionFindsNoBookingThereWhileADistrictWideOneDoes() {
        LocalDate date = inDays(2);
        Map<String, String> booking = confirmedBooking(date);
        Map<String, String> body = Map.of("bookingNo", booking.get("bookingNo"), "checkInCode", booking.get("checkInCode"));
        App xinhuaKiosk = app(Directory.institutionId("CHC-XINHUA"), "bookings:check-in");
        App cityCloud = app(null, "bookings:check-in");
        moveClockTo(date, 7, 30);

        partner(accessToken(xinhuaKiosk)).body(body).post(CHECK_IN).then().statusCode(404)
                .body("code", is("RESOURCE_NOT_FOUND"));
        partner(accessToken(cityCloud)).body(body).post(CHECK_IN).then().statusCode(200)
                .body("status", is("CHECKED_IN"));
    }

    @Test
    void aPartnerTokenOpensNoResidentStaffOrAdminEndpointAndNoOtherTokenOpensThePartnerApi() {
        App app = app(tongren(), "bookings:check-in", "reports:push");
        String token = accessToken(app);
        partner(token).get("/api/v1/me").then().statusCode(403).body("code", is("FORBIDDEN"));
        partner(token).get("/api/v1/me/bookings").then().statusCode(403);
        partner(token).body(Map.of("checkInCode", "123456"))
                .post("/api/v1/schedules/" + java.util.UUID.randomUUID() + "/check-in").then().statusCode(403);
        partner(token).get("/api/v1/partner-apps").then().statusCode(403);

        given().auth().oauth2(TestTokens.staffOf(tongren())).contentType("application/json").body(NO_SUCH_BOOKING)
                .post(CHECK_IN).then().statusCode(403).body("code", is("FORBIDDEN"));
        given().auth().oauth2(TestTokens.resident()).contentType("application/json").body(NO_SUCH_BOOKING)
                .post(CHECK_IN).then().statusCode(403);
        given().contentType("application/json").body(NO_SUCH_BOOKING).post(CHECK_IN).then().statusCode(401);
    }

    @Test
    void rotatingTheSecretStopsTheOldSecretAtOnce() {
        App app = app(tongren(), "bookings:check-in");
        String issuedBefore = accessToken(app);
        String newSecret = admin().post("/api/v1/partner-apps/" + app.id() + "/rotate-secret").then().statusCode(200)
                .body("id", is(app.id())).body("clientId", is(app.clientId())).body("secretRotatedAt", notNullValue())
                .extract().path("clientSecret");
        assertThat(newSecret).startsWith("jps_").isNotEqualTo(app.clientSecret());

        token(app.clientId(), app.clientSecret()).statusCode(401).body("code", is("INVALID_CLIENT"));
        token(app.clientId(), newSecret).statusCode(200);
        // A token issued before the rotation runs its short course (revoke the app to stop it at once).
        partner(issuedBefore).body(NO_SUCH_BOOKING).post(CHECK_IN).then().statusCode(404);
        admin().get("/api/v1/partner-apps/" + app.id()).then().body("events.action",
                contains("REGISTERED", "SECRET_ROTATED"));
    }

    @Test
    void aSecretRotatedWhileTheAppIsRevokedLeavesItRevoked() throws Exception {
        App app = app(tongren(), "bookings:check-in");
        String path = "/api/v1/partner-apps/" + app.id();
        List<Integer> answers = BehindARowLock.run(dataSource, "partner_app", app.id(),
                () -> admin().post(path + "/revoke").then().extract().statusCode(),
                () -> admin().post(path + "/rotate-secret").then().extract().statusCode());
        assertThat(answers).containsExactly(200, 409);
        admin().get(path).then().statusCode(200).body("status", is("REVOKED"))
                .body("events.action", contains("REGISTERED", "REVOKED"));
        token(app.clientId(), app.clientSecret()).statusCode(401).body("code", is("INVALID_CLIENT"));
    }

    @Test
    void revokingStopsNewTokensAndRefusesTokensAlreadyIssued() {
        App app = app(tongren(), "bookings:check-in");
        String issued = accessToken(app);
        // Used once, so the verifier remembers it: revocation must still reach it.
        partner(issued).body(NO_SUCH_BOOKING).post(CHECK_IN).then().statusCode(404);

        admin().post("/api/v1/partner-apps/" + app.id() + "/revoke").then().statusCode(200)
                .body("status", is("REVOKED")).body("revokedAt", notNullValue())
                .body("events.action", contains("REGISTERED", "REVOKED"));

        partner(issued).body(NO_SUCH_BOOKING).post(CHECK_IN).then().statusCode(401).body("code", is("UNAUTHENTICATED"));
        token(app.clientId(), app.clientSecret()).statusCode(401).body("code", is("INVALID_CLIENT"));
        admin().post("/api/v1/partner-apps/" + app.id() + "/rotate-secret").then().statusCode(409)
                .body("code", is("PARTNER_APP_REVOKED"));
        admin().post("/api/v1/partner-apps/" + app.id() + "/revoke").then().statusCode(200)
                .body("status", is("REVOKED")).body("events.action", contains("REGISTERED", "REVOKED"));
        admin().queryParam("status", "REVOKED").queryParam("size", 100).get("/api/v1/partner-apps").then()
                .statusCode(200).body("items.find { it.id == '" + app.id() + "' }.revokedAt", notNullValue());
        admin().get("/api/v1/partner-apps/" + java.util.UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void aPartnerWithReportsPushPushesReportsOfItsOwnInstitution() {
        App lab = app(tongren(), "reports:push");
        String token = accessToken(lab);
        Registered patient = Residents.registered();
        Map<String, Object> report = ReportFixtures.lab(ReportFixtures.newSenderId(), patient.idNumber(), "FINAL");

        ValidatableResponse pushed = partner(token).body(report).post(REPORTS).then().statusCode(201)
                .header("Location", containsString("/api/v1/institutions/" + tongren() + "/reports/"))
                .body("institution.id", is(tongren())).body("patientId", is(patient.patientId()))
                .body("version", is(1));
        String reportId = pushed.extract().path("id");
        // A retry changes nothing; the institution's staff read what the app pushed.
        partner(token).body(report).post(REPORTS).then().statusCode(200).body("id", is(reportId)).body("version", is(1));
        given().auth().oauth2(TestTokens.staffOf(tongren()))
                .get("/api/v1/institutions/" + tongren() + "/reports/" + reportId).then().statusCode(200)
                .body("senderReportId", is(report.get("senderReportId")));
        admin().queryParam("actorAccountId", lab.id()).get("/api/v1/audit-entries").then().statusCode(200)
                .body("items[0].actorRole", is("PARTNER")).body("items[0].action", is("PUSH"))
                .body("items[0].resourceId", is(reportId));

        App kiosk = app(tongren(), "bookings:check-in");
        partner(accessToken(kiosk)).body(report).post(REPORTS).then().statusCode(403)
                .body("code", is("SCOPE_MISSING")).body("requiredScope", is("reports:push"));
        register(null, "reports:push").statusCode(400).body("code", is("VALIDATION_FAILED"))
                .body("errors[0].field", is("institutionId"));
    }

    @Test
    void theDemoKioskGetsATokenWithTheSecretTheReadmeNames() {
        tokenRequest().auth().preemptive().basic("jp_demo_tongren_kiosk", "jps_demo-Tongren-Kiosk-2026").post(TOKEN)
                .then().statusCode(200).body("scope", is("bookings:check-in"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theContractsOAuthSchemeListsExactlyTheScopeCatalogue() {
        Map<String, Object> scopes = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath().getMap("components.securitySchemes.partner.flows.clientCredentials.scopes");
        Set<String> catalogue = new TreeSet<>(Arrays.stream(Scope.values()).map(Scope::value).toList());
        assertThat(new TreeSet<>(scopes.keySet())).isEqualTo(catalogue);
    }
}
