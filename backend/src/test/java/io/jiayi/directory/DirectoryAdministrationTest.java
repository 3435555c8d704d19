package io.jiayi.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.jiayi.support.Directory;
import io.jiayi.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * Administrators maintain the directory; staff add departments and doctors to their own
 * institution only. Creations here use fresh codes and never touch the seeded counts.
 */
@QuarkusTest
class DirectoryAdministrationTest {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private static String freshCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static RequestSpecification admin() {
        return given().auth().oauth2(TestTokens.admin()).contentType("application/json");
    }

    private static String newStation(String code, String parentId) {
        return """
                {"code": "%s", "name": "程家桥测试社区卫生服务站", "shortName": "测试站", "type": "SERVICE_STATION",
                 "level": "PRIMARY", "parentId": "%s", "address": "长宁区测试路 1 号", "phone": "021-62000000"}"""
                .formatted(code, parentId);
    }

    @Test
    void anAdminAddsAServiceStationUnderACentre() {
        String centre = Directory.institutionId("CHC-CHENGJIAQIAO");
        String code = freshCode("STN-TEST");
        String location = admin().body(newStation(code, centre)).post("/api/v1/institutions")
                .then().statusCode(201)
                .body("code", is(code))
                .body("id", matchesPattern(UUID_PATTERN))
                .body("parent.code", is("CHC-CHENGJIAQIAO"))
                .extract().header("Location");
        given().get(location).then().statusCode(200).body("institution.code", is(code));
        given().queryParam("parentId", centre).queryParam("size", 100).get("/api/v1/institutions")
                .then().body("items.code", hasItem(code));
    }

    @Test
    void aStationWithoutACentreIsRefused() {
        admin().body("""
                {"code": "%s", "name": "孤立站", "shortName": "孤立站", "type": "SERVICE_STATION", "level": "PRIMARY"}"""
                .formatted(freshCode("STN-TEST"))).post("/api/v1/institutions")
                .then().statusCode(422).contentType("application/problem+json")
                .body("code", is("INVALID_INSTITUTION_PARENT"));
    }

    @Test
    void aStationUnderAnotherStationIsRefused() {
        String station = Directory.institutionId("STN-XINHUA-NIUQIAO");
        admin().body(newStation(freshCode("STN-TEST"), station)).post("/api/v1/institutions")
                .then().statusCode(422).body("code", is("INVALID_INSTITUTION_PARENT"));
    }

    @Test
    void aSecondCentreForAStreetIsRefused() {
        String street = Directory.streetId("XINHUA");
        admin().body("""
                {"code": "%s", "name": "第二新华中心", "shortName": "第二新华", "type": "COMMUNITY_CENTRE",
                 "level": "PRIMARY", "streetId": "%s"}""".formatted(freshCode("CHC-TEST"), street))
                .post("/api/v1/institutions")
                .then().statusCode(422).body("code", is("STREET_ALREADY_SERVED"))
                .body("detail", org.hamcrest.Matchers.containsString("新华"));
    }

    @Test
    void aTakenInstitutionCodeIsAConflict() {
        String centre = Directory.institutionId("CHC-CHENGJIAQIAO");
        admin().body(newStation("STN-XINHUA-NIUQIAO", centre)).post("/api/v1/institutions")
                .then().statusCode(409).body("code", is("INSTITUTION_CODE_TAKEN"));
    }

    @Test
    void aConcurrentDuplicateLosesToTheDatabaseConstraint() throws Exception {
        String centre = Directory.institutionId("CHC-CHENGJIAQIAO");
        String code = freshCode("STN-RACE");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
            for (int i = 0; i < 4; i++) {
                futures.add(pool.submit(() -> admin().body(newStation(code, centre)).post("/api/v1/institutions")
                        .then().extract().statusCode()));
            }
            var statuses = new java.util.ArrayList<Integer>();
            for (var future : futures) {
                statuses.add(future.get());
            }
            org.junit.jupiter.api.Assertions.assertEquals(1, statuses.stream().filter(s -> s == 201).count(),
                    "exactly one creation wins: " + statuses);
            org.junit.jupiter.api.Assertions.assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 409),
                    "the others are conflicts: " + statuses);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anUnknownReferenceIsNamed() {
        admin().body(newStation(freshCode("STN-TEST"), UUID.randomUUID().toString())).post("/api/v1/institutions")
                .then().statusCode(422).body("code", is("UNKNOWN_REFERENCE"))
                .body("detail", org.hamcrest.Matchers.containsString("parentId"));
    }

    @Test
    void staffAddADepartmentToTheirOwnInstitution() {
        String tongren = Directory.institutionId("HOSP-TONGREN");
        String code = freshCode("DEPT");
        given().auth().oauth2(TestTokens.staffOf(tongren)).contentType("application/json")
                .body("""
                        {"institutionId": "%s", "code": "%s", "name": "老年医学科", "category": "INTERNAL_MEDICINE"}"""
                        .formatted(tongren, code))
                .post("/api/v1/departments")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/departments/" + given().auth().oauth2(TestTokens.admin())
                        .queryParam("institutionId", tongren).queryParam("name", "老年医学科").get("/api/v1/departments")
                        .then().extract().path("items.find { it.code == '" + code + "' }.id")))
                .body("institution.code", is("HOSP-TONGREN"));
    }

    @Test
    void staffMayNotAddToAnotherInstitution() {
        String tongren = Directory.institutionId("HOSP-TONGREN");
        String guanghua = Directory.institutionId("HOSP-GUANGHUA");
        given().auth().oauth2(TestTokens.staffOf(guanghua)).contentType("application/json")
                .body("""
                        {"institutionId": "%s", "code": "%s", "name": "外来科室", "category": "OTHER"}"""
                        .formatted(tongren, freshCode("DEPT")))
                .post("/api/v1/departments")
                .then().statusCode(403).body("code", is("FORBIDDEN"));
    }

    @Test
    void aTakenDepartmentCodeIsAConflictWithinItsInstitutionOnly() {
        String tongren = Directory.institutionId("HOSP-TONGREN");
        String existing = given().queryParam("institutionId", tongren).get("/api/v1/departments")
                .then().extract().path("items[0].code");
        admin().body("""
                {"institutionId": "%s", "code": "%s", "name": "重复", "category": "OTHER"}""".formatted(tongren, existing))
                .post("/api/v1/departments")
                .then().statusCode(409).body("code", is("DEPARTMENT_CODE_TAKEN"));
    }

    @Test
    void anAdminAddsAFamilyDoctorToATeam() {
        String centre = Directory.institutionId("CHC-TIANSHAN");
        String gp = Directory.departmentId("CHC-TIANSHAN", "GP");
        String team = given().queryParam("institutionId", centre).get("/api/v1/family-doctor-teams")
                .then().extract().path("items[0].id");
        String code = freshCode("DR-TEST");
        String id = admin().body("""
                {"code": "%s", "institutionId": "%s", "departmentId": "%s", "teamId": "%s", "teamRole": "MEMBER",
                 "name": "测试医生", "gender": "FEMALE", "title": "ATTENDING_PHYSICIAN", "specialty": "全科医学",
                 "familyDoctor": true}""".formatted(code, centre, gp, team))
                .post("/api/v1/doctors")
                .then().statusCode(201)
                .body("team.id", is(team))
                .body("department.code", is("GP"))
                .body("expert", is(false))
                .extract().path("id");
        given().get("/api/v1/family-doctor-teams/" + team).then().statusCode(200).body("members.id", hasItem(id));
    }

    @Test
    void aDoctorsTeamMustBeOfTheDoctorsInstitution() {
        String tianshan = Directory.institutionId("CHC-TIANSHAN");
        String xinhua = Directory.institutionId("CHC-XINHUA");
        String otherTeam = given().queryParam("institutionId", xinhua).get("/api/v1/family-doctor-teams")
                .then().extract().path("items[0].id");
        admin().body("""
                {"code": "%s", "institutionId": "%s", "teamId": "%s", "teamRole": "MEMBER", "name": "测试医生",
                 "gender": "MALE", "title": "ATTENDING_PHYSICIAN", "familyDoctor": true}"""
                .formatted(freshCode("DR-TEST"), tianshan, otherTeam))
                .post("/api/v1/doctors")
                .then().statusCode(422).body("code", is("TEAM_OF_OTHER_INSTITUTION"));
    }

    @Test
    void aTeamRoleWithoutATeamIsAFieldError() {
        String tianshan = Directory.institutionId("CHC-TIANSHAN");
        admin().body("""
                {"code": "%s", "institutionId": "%s", "teamRole": "LEADER", "name": "测试医生",
                 "gender": "MALE", "title": "ATTENDING_PHYSICIAN"}""".formatted(freshCode("DR-TEST"), tianshan))
                .post("/api/v1/doctors")
                .then().statusCode(400).body("code", is("VALIDATION_FAILED"))
                .body("errors[0].field", is("teamRole"))
                .body("errors[0].message", not(is("field.teamRoleWithTeam")));
    }
}
