package io.jiayi.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.jiayi.support.Directory;
import io.quarkus.test.junit.QuarkusTest;

/** The public directory as residents and partner apps read it, on the seeded Changning data. */
@QuarkusTest
class DirectoryResourceTest {

    @Test
    void shouldListTheTenCommunityCentresEachServingItsOwnStreet() {
        given().queryParam("type", "COMMUNITY_CENTRE").queryParam("size", 100)
                .get("/api/v1/institutions")
                .then().statusCode(200)
                .body("total", is(10))
                .body("items", hasSize(10))
                .body("items.type", everyItem(is("COMMUNITY_CENTRE")))
                .body("items.shortName", hasItem("新华社区"))
                .body("items.street", everyItem(notNullValue()))
                .body("items.signatureService", everyItem(notNullValue()));
        List<String> streets = given().queryParam("type", "COMMUNITY_CENTRE").queryParam("size", 100)
                .get("/api/v1/institutions").then().extract().jsonPath().getList("items.street.code");
        assertEquals(10, new HashSet<>(streets).size(), "each centre serves a different street");
    }

    @Test
    void shouldListTheDistrictAndCityHospitalsOfTheCombination() {
        given().queryParam("type", "DISTRICT_HOSPITAL").get("/api/v1/institutions")
                .then().statusCode(200)
                .body("total", is(5))
                .body("items.code", containsInAnyOrder("HOSP-TONGREN", "HOSP-GUANGHUA", "HOSP-TIANSHAN-TCM",
                        "HOSP-MCH", "HOSP-MENTAL-HEALTH"));
        given().queryParam("type", "CITY_HOSPITAL").get("/api/v1/institutions")
                .then().statusCode(200)
                .body("items.code", containsInAnyOrder("CITY-HUADONG", "CITY-LONGHUA", "CITY-CHILDRENS"))
                .body("items.level", everyItem(is("TERTIARY")));
        given().queryParam("type", "BRANCH_CENTRE").get("/api/v1/institutions")
                .then().statusCode(200)
                .body("total", is(1))
                .body("items[0].parent.code", is("CHC-XINJING"));
    }

    @Test
    void shouldFilterInstitutionsByStreet() {
        String xinhua = Directory.streetId("XINHUA");
        given().queryParam("streetId", xinhua).queryParam("size", 100).get("/api/v1/institutions")
                .then().statusCode(200)
                .body("items.street.code", everyItem(is("XINHUA")))
                .body("items.code", hasItem("CHC-XINHUA"))
                .body("items.code", hasItem("STN-XINHUA-NIUQIAO"));
        given().queryParam("streetId", xinhua).queryParam("type", "COMMUNITY_CENTRE").get("/api/v1/institutions")
                .then().statusCode(200)
                .body("total", is(1))
                .body("items[0].code", is("CHC-XINHUA"));
    }

    @Test
    void shouldListAStationsOfACentreByParentAndByName() {
        String xinhua = Directory.institutionId("CHC-XINHUA");
        given().queryParam("parentId", xinhua).get("/api/v1/institutions")
                .then().statusCode(200)
                .body("items.type", everyItem(is("SERVICE_STATION")))
                .body("items.name", hasItem("新华牛桥社区卫生服务站"))
                .body("items.name", hasItem("新华宝地社区卫生服务站"));
        given().queryParam("name", "同仁").get("/api/v1/institutions")
                .then().statusCode(200)
                .body("total", is(1))
                .body("items[0].code", is("HOSP-TONGREN"));
    }

    @Test
    void shouldPageWithTotalsAndCapTheSize() {
        int total = given().get("/api/v1/institutions").then().statusCode(200)
                .body("page", is(0)).body("size", is(20)).body("items", hasSize(20))
                .extract().path("total");
        assertTrue(total >= 10 + 1 + 18 + 5 + 3, "all seeded institutions are counted");

        List<String> first = given().queryParam("size", 5).queryParam("page", 0).get("/api/v1/institutions")
                .then().extract().jsonPath().getList("items.id");
        List<String> second = given().queryParam("size", 5).queryParam("page", 1).get("/api/v1/institutions")
                .then().body("page", is(1)).body("size", is(5)).body("total", is(total))
                .extract().jsonPath().getList("items.id");
        Set<String> both = new HashSet<>(first);
        both.addAll(second);
        assertEquals(10, both.size(), "pages do not overlap");

        given().queryParam("size", 5000).get("/api/v1/institutions")
                .then().statusCode(200).body("size", is(100));
        given().queryParam("page", 10_000).get("/api/v1/institutions")
                .then().statusCode(200).body("items", hasSize(0)).body("total", is(total));
    }

    @Test
    void shouldShowACentreWithItsStationsAndFamilyDoctorTeams() {
        String id = Directory.institutionId("CHC-XINHUA");
        given().get("/api/v1/institutions/" + id)
                .then().statusCode(200)
                .body("institution.id", is(id))
                .body("institution.code", is("CHC-XINHUA"))
                .body("institution.type", is("COMMUNITY_CENTRE"))
                .body("institution.street.code", is("XINHUA"))
                .body("introduction", notNullValue())
                .body("stations.code", hasItem("STN-XINHUA-NIUQIAO"))
                .body("teams", hasSize(2));
    }

    @Test
    void shouldShowAStationWithItsParentCentre() {
        String id = Directory.institutionId("STN-XINHUA-NIUQIAO");
        given().get("/api/v1/institutions/" + id)
                .then().statusCode(200)
                .body("institution.parent.code", is("CHC-XINHUA"))
                .body("stations", hasSize(0));
    }

    @Test
    void shouldListDepartmentsOfAnInstitutionAndByCategory() {
        String tongren = Directory.institutionId("HOSP-TONGREN");
        given().queryParam("institutionId", tongren).queryParam("size", 100).get("/api/v1/departments")
                .then().statusCode(200)
                .body("total", greaterThanOrEqualTo(14))
                .body("items.institution.code", everyItem(is("HOSP-TONGREN")));
        given().queryParam("institutionId", tongren).queryParam("category", "MEDICAL_IMAGING")
                .get("/api/v1/departments")
                .then().statusCode(200)
                .body("items.category", everyItem(is("MEDICAL_IMAGING")))
                .body("total", greaterThanOrEqualTo(1));
        String departmentId = given().queryParam("institutionId", tongren).get("/api/v1/departments")
                .then().extract().path("items[0].id");
        given().get("/api/v1/departments/" + departmentId)
                .then().statusCode(200)
                .body("id", is(departmentId))
                .body("institution.code", is("HOSP-TONGREN"));
    }

    @Test
    void shouldListFamilyDoctorsOfACentreWithTheirTeams() {
        String xinhua = Directory.institutionId("CHC-XINHUA");
        // Other tests add doctors of their own; the seeded ones (DR-XINHUA-...) are all in teams.
        given().queryParam("institutionId", xinhua).queryParam("familyDoctor", true).queryParam("size", 100)
                .get("/api/v1/doctors")
                .then().statusCode(200)
                .body("items.findAll { it.code.startsWith('DR-XINHUA-') }.size()", greaterThanOrEqualTo(4))
                .body("items.findAll { it.code.startsWith('DR-XINHUA-') }.team", everyItem(notNullValue()))
                .body("items.familyDoctor", everyItem(is(true)))
                .body("items.institution.code", everyItem(is("CHC-XINHUA")));
    }

    @Test
    void shouldListExpertsOfTheRegionalMedicalCentreByTitle() {
        String tongren = Directory.institutionId("HOSP-TONGREN");
        given().queryParam("institutionId", tongren).queryParam("title", "CHIEF_PHYSICIAN").get("/api/v1/doctors")
                .then().statusCode(200)
                .body("total", greaterThanOrEqualTo(1))
                .body("items.title", everyItem(is("CHIEF_PHYSICIAN")))
                .body("items.expert", everyItem(is(true)))
                .body("items.team", everyItem(nullValue()));
    }

    @Test
    void shouldShowADoctorWithTitleSpecialtyTeamAndIntroduction() {
        String xinhua = Directory.institutionId("CHC-XINHUA");
        String doctorId = given().queryParam("institutionId", xinhua).queryParam("name", "王敏")
                .get("/api/v1/doctors").then().extract().path("items.find { it.code == 'DR-XINHUA-0001' }.id");
        given().get("/api/v1/doctors/" + doctorId)
                .then().statusCode(200)
                .body("id", is(doctorId))
                .body("title", notNullValue())
                .body("specialty", notNullValue())
                .body("introduction", notNullValue())
                .body("team.code", notNullValue())
                .body("department.code", is("GP"));
    }

    @Test
    void shouldShowATeamWithItsLeaderFirst() {
        String xinhua = Directory.institutionId("CHC-XINHUA");
        String teamId = given().queryParam("institutionId", xinhua).get("/api/v1/family-doctor-teams")
                .then().statusCode(200).body("total", is(2))
                .extract().path("items[0].id");
        given().get("/api/v1/family-doctor-teams/" + teamId)
                .then().statusCode(200)
                .body("institution.code", is("CHC-XINHUA"))
                .body("members[0].teamRole", is("LEADER"))
                .body("members.findAll { it.teamRole == 'LEADER' }", hasSize(1))
                .body("members.size()", greaterThanOrEqualTo(3));
    }

    @Test
    void shouldListTheTenStreetsWithTheCentreServingEach() {
        given().get("/api/v1/streets")
                .then().statusCode(200)
                .body("total", is(10))
                .body("items.servingCentre", everyItem(notNullValue()))
                .body("items.find { it.code == 'XINJING' }.kind", is("TOWN"))
                .body("items.find { it.code == 'XINJING' }.servingCentre.code", is("CHC-XINJING"));
        String id = Directory.streetId("HONGQIAO");
        given().get("/api/v1/streets/" + id)
                .then().statusCode(200)
                .body("code", is("HONGQIAO"))
                .body("servingCentre.code", equalTo("CHC-HONGQIAO"));
    }

    @Test
    void shouldAnswerNotFoundForUnknownAndMalformedIds() {
        String unknown = UUID.randomUUID().toString();
        for (String path : List.of("/api/v1/institutions/", "/api/v1/departments/", "/api/v1/doctors/",
                "/api/v1/family-doctor-teams/", "/api/v1/streets/")) {
            for (String id : List.of(unknown, "not-a-uuid", "1")) {
                given().get(path + id)
                        .then().statusCode(404)
                        .contentType("application/problem+json")
                        .body("code", is("RESOURCE_NOT_FOUND"))
                        .body("status", is(404));
            }
        }
    }
}
