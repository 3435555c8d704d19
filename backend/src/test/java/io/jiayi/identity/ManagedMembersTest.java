package io.jiayi.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.jiayi.support.BehindARowLock;

import io.jiayi.support.MutableClock;
import io.jiayi.support.Parallel;
import io.jiayi.support.RecordingSmsSender;
import io.jiayi.support.Residents;
import io.jiayi.support.TestIdNumbers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * Residents manage family members (就诊人): children under 14 on the guardian's declaration,
 * older members with their own consent, at most eight, and never anyone else's.
 */
@QuarkusTest
class ManagedMembersTest {

    @Inject
    AgroalDataSource dataSource;

    private static LocalDate today() {
        return LocalDate.now(MutableClock.get());
    }

    private static Map<String, Object> child(int years, boolean declared) {
        Map<String, Object> body = new HashMap<>(Map.of("relationship", "CHILD", "name", "小明",
                "idNumber", TestIdNumbers.child(today(), years)));
        body.put("guardianDeclaration", declared);
        return body;
    }

    private static Map<String, Object> adult(String idNumber, String phone) {
        Map<String, Object> body = new HashMap<>(Map.of("relationship", "PARENT", "name", "测试居民", "idNumber", idNumber));
        if (phone != null) {
            body.put("phone", phone);
        }
        return body;
    }

    private static ValidatableResponse add(Residents.Registered manager, Map<String, Object> body) {
        return manager.request().contentType("application/json").body(body).post("/api/v1/me/members").then();
    }

    @Test
    void addingMembersNeedsARegisteredRealName() {
        Residents.signIn().request().contentType("application/json").body(child(5, true))
                .post("/api/v1/me/members").then().statusCode(422).body("code", is("REAL_NAME_REQUIRED"));
    }

    @Test
    void aChildUnderFourteenIsAddedOnTheGuardiansDeclaration() {
        Residents.Registered manager = Residents.registered();
        add(manager, child(6, false)).statusCode(422).body("code", is("GUARDIAN_DECLARATION_REQUIRED"));
        var member = add(manager, child(6, true)).statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/me/members/"))
                .body("status", is("ACTIVE"))
                .body("relationship", is("CHILD"))
                .extract().jsonPath();
        String patientId = member.getString("patientId");
        manager.request().get("/api/v1/me/patients").then().statusCode(200)
                .body("patientId", hasItem(patientId))
                .body("patientId", hasItem(manager.patientId()))
                .body("find { it.patientId == '" + manager.patientId() + "' }.relationship", is("SELF"));
        manager.request().get("/api/v1/me/patients/" + patientId).then().statusCode(200).body("name", is("小明"));
    }

    @Test
    void aThirteenYearOldStillNeedsTheDeclarationAndAFourteenYearOldTheirOwnConsent() {
        Residents.Registered manager = Residents.registered();
        add(manager, child(13, false)).statusCode(422).body("code", is("GUARDIAN_DECLARATION_REQUIRED"));
        Map<String, Object> teenager = child(14, true);
        add(manager, teenager).statusCode(422).body("code", is("MEMBER_PHONE_REQUIRED"));
    }

    @Test
    void anAdultMemberConsentsWithTheCodeSentToTheirPhone() {
        Residents.Registered manager = Residents.registered();
        String memberPhone = Residents.newPhone();
        add(manager, adult(TestIdNumbers.adult(today()), null)).statusCode(422).body("code", is("MEMBER_PHONE_REQUIRED"));
        var member = add(manager, adult(TestIdNumbers.adult(today()), memberPhone)).statusCode(201)
                .body("status", is("PENDING_CONSENT"))
                .body("phone", is(memberPhone.substring(0, 3) + "****" + memberPhone.substring(7)))
                .extract().jsonPath();
        String memberId = member.getString("id");
        String text = RecordingSmsSender.get().lastText(memberPhone);
        org.hamcrest.MatcherAssert.assertThat(text, org.hamcrest.Matchers.containsString("就诊人"));
        org.hamcrest.MatcherAssert.assertThat(text, not(org.hamcrest.Matchers.containsString(manager.resident().phone())));

        // Pending: the manager may not act for them yet.
        manager.request().get("/api/v1/me/patients/" + member.getString("patientId")).then().statusCode(404);

        String code = RecordingSmsSender.get().lastCode(memberPhone);
        String wrong = code.equals("000000") ? "111111" : "000000";
        manager.request().contentType("application/json").body(Map.of("code", wrong))
                .post("/api/v1/me/members/" + memberId + "/consent").then().statusCode(422)
                .body("code", is("CONSENT_CODE_INVALID"));
        manager.request().contentType("application/json").body(Map.of("code", code))
                .post("/api/v1/me/members/" + memberId + "/consent").then().statusCode(200)
                .body("status", is("ACTIVE"));
        manager.request().get("/api/v1/me/patients/" + member.getString("patientId")).then().statusCode(200);
        manager.request().contentType("application/json").body(Map.of("code", code))
                .post("/api/v1/me/members/" + memberId + "/consent").then().statusCode(409)
                .body("code", is("MEMBER_NOT_PENDING"));
    }

    @Test
    void aMemberWhoWithdrawsConsentLocksTheManagerOut() {
        Residents.Registered manager = Residents.registered();
        Residents.Registered parent = Residents.registered();
        String memberPhone = parent.resident().phone();
        String memberId = add(manager, adult(parent.idNumber(), memberPhone)).statusCode(201)
                .extract().path("id");
        manager.request().contentType("application/json")
                .body(Map.of("code", RecordingSmsSender.get().lastCode(memberPhone)))
                .post("/api/v1/me/members/" + memberId + "/consent").then().statusCode(200);
        manager.request().get("/api/v1/me/patients/" + parent.patientId()).then().statusCode(200);

        // The parent, signed in themself, sees who manages them and withdraws.
        String linkId = parent.request().get("/api/v1/me/managers").then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].managerPhone", is(manager.resident().phone().substring(0, 3) + "****"
                        + manager.resident().phone().substring(7)))
                .extract().path("[0].id");
        parent.request().post("/api/v1/me/managers/" + linkId + "/withdraw").then().statusCode(200)
                .body("status", is("WITHDRAWN"));

        manager.request().get("/api/v1/me/patients/" + parent.patientId()).then().statusCode(404)
                .body("code", is("RESOURCE_NOT_FOUND"));
        manager.request().get("/api/v1/me/members").then().body("id", not(hasItem(memberId)));
        parent.request().get("/api/v1/me/managers").then().body("", hasSize(0));
    }

    @Test
    void atMostEightMembers() {
        Residents.Registered manager = Residents.registered();
        for (int i = 0; i < 8; i++) {
            add(manager, child(3 + i, true)).statusCode(201);
        }
        add(manager, child(2, true)).statusCode(422).body("code", is("MEMBER_LIMIT_REACHED"))
                .body("maxMembers", is(8));
        // Removing one frees a place.
        String first = manager.request().get("/api/v1/me/members").then().body("", hasSize(8)).extract().path("[0].id");
        manager.request().delete("/api/v1/me/members/" + first).then().statusCode(204);
        add(manager, child(2, true)).statusCode(201);
    }

    @Test
    void membersAddedAllAtOnceStillStopAtEight() throws Exception {
        Residents.Registered manager = Residents.registered();
        for (int i = 0; i < 6; i++) {
            add(manager, child(1 + i, true)).statusCode(201);
        }
        // Six more children under fourteen at once: two places are left.
        List<Callable<Integer>> adds = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            int years = 7 + i;
            adds.add(() -> add(manager, child(years, true)).extract().statusCode());
        }
        List<Integer> answers = Parallel.run(6, adds);
        assertEquals(2, answers.stream().filter(status -> status == 201).count(), answers.toString());
        assertEquals(4, answers.stream().filter(status -> status == 422).count(), answers.toString());
        manager.request().get("/api/v1/me/members").then().body("", hasSize(8));
    }

    @Test
    void aConsentConfirmedWhileTheMemberWithdrawsItGivesTheManagerNoAccess() throws Exception {
        Residents.Registered manager = Residents.registered();
        Residents.Registered parent = Residents.registered();
        String memberPhone = parent.resident().phone();
        String memberId = add(manager, adult(parent.idNumber(), memberPhone)).statusCode(201).extract().path("id");
        String code = RecordingSmsSender.get().lastCode(memberPhone);
        List<Integer> answers = BehindARowLock.run(dataSource, "managed_member", memberId,
                () -> parent.request().post("/api/v1/me/managers/" + memberId + "/withdraw").then().extract().statusCode(),
                () -> manager.request().contentType("application/json").body(Map.of("code", code))
                        .post("/api/v1/me/members/" + memberId + "/consent").then().extract().statusCode());
        assertEquals(List.of(200, 409), answers);
        manager.request().get("/api/v1/me/patients/" + parent.patientId()).then().statusCode(404);
        parent.request().get("/api/v1/me/managers").then().body("", hasSize(0));
    }

    @Test
    void oneCannotAddOneselfOrTheSameMemberTwice() {
        Residents.Registered manager = Residents.registered();
        add(manager, adult(manager.idNumber(), Residents.newPhone())).statusCode(422).body("code", is("MEMBER_IS_SELF"));
        Map<String, Object> kid = child(4, true);
        add(manager, kid).statusCode(201);
        add(manager, kid).statusCode(409).body("code", is("MEMBER_ALREADY_ADDED"));
        // Another parent adds the same child under another name: the ID number decides who it is.
        Map<String, Object> renamed = new HashMap<>(kid);
        renamed.put("name", "别名");
        add(Residents.registered(), renamed).statusCode(422).body("code", is("REAL_NAME_MISMATCH"));
    }

    @Test
    void anotherResidentsMembersAreNotFound() {
        Residents.Registered owner = Residents.registered();
        var member = add(owner, child(8, true)).statusCode(201).extract().jsonPath();
        String memberId = member.getString("id");
        String patientId = member.getString("patientId");
        Residents.Registered stranger = Residents.registered();

        stranger.request().get("/api/v1/me/members/" + memberId).then().statusCode(404)
                .body("code", is("RESOURCE_NOT_FOUND"));
        stranger.request().delete("/api/v1/me/members/" + memberId).then().statusCode(404);
        stranger.request().contentType("application/json").body(Map.of("code", "123456"))
                .post("/api/v1/me/members/" + memberId + "/consent").then().statusCode(404);
        stranger.request().post("/api/v1/me/members/" + memberId + "/consent-code").then().statusCode(404);
        stranger.request().get("/api/v1/me/patients/" + patientId).then().statusCode(404);
        stranger.request().get("/api/v1/me/patients/" + owner.patientId()).then().statusCode(404);
        stranger.request().post("/api/v1/me/managers/" + memberId + "/withdraw").then().statusCode(404);
        // The same answer as for an id that never existed.
        String unknown = stranger.request().get("/api/v1/me/members/" + java.util.UUID.randomUUID()).then()
                .statusCode(404).extract().path("detail");
        stranger.request().get("/api/v1/me/members/" + memberId).then().body("detail", is(unknown));
        // The owner still sees it.
        owner.request().get("/api/v1/me/members/" + memberId).then().statusCode(200);
    }

    @Test
    void memberEndpointsNeedAResidentToken() {
        given().get("/api/v1/me/members").then().statusCode(401);
    }
}
