package io.jiayi.common.error;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.jiayi.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * Every bad input gets an RFC 9457 problem with a stable code, in Chinese by default and in
 * English when asked, and never a stack trace or an exception class.
 */
@QuarkusTest
class ProblemDetailsTest {

    enum Language {
        CHINESE(null, "请求内容有误"), ENGLISH("en", "Invalid request");

        final String header;
        final String validationTitle;

        Language(String header, String validationTitle) {
            this.header = header;
            this.validationTitle = validationTitle;
        }
    }

    private static RequestSpecification as(Language language) {
        RequestSpecification spec = given();
        if (language.header != null) {
            spec = spec.header("Accept-Language", language.header);
        }
        return spec;
    }

    private static RequestSpecification adminPosting(Language language, String body) {
        return as(language).auth().oauth2(TestTokens.admin()).contentType("application/json").body(body);
    }

    private static ValidatableResponse problem(ValidatableResponse response, int status, String code) {
        return response.log().ifValidationFails().statusCode(status)
                .contentType("application/problem+json")
                .body("status", is(status))
                .body("code", is(code))
                .body("type", is("https://problems.jiayi.changning.local/" + code.toLowerCase().replace('_', '-')))
                .body("title", notNullValue())
                .body("detail", notNullValue())
                .body("traceId", matchesPattern("[0-9a-f]{32}"))
                .body(not(containsString("Exception")))
                .body(not(containsString("\tat ")));
    }

    private static String detailLanguagePattern(Language language) {
        return language == Language.CHINESE ? ".*[\\u4e00-\\u9fff].*" : "[\\x20-\\x7e]+";
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void malformedJsonIsABadRequest(Language language) {
        problem(adminPosting(language, "{\"code\": \"X1\", ").post("/api/v1/institutions").then(), 400,
                "MALFORMED_JSON")
                .body("detail", matchesPattern(detailLanguagePattern(language)));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aValueOfTheWrongTypeNamesTheField(Language language) {
        problem(adminPosting(language, """
                {"code": "STN-TEST-WRONG", "name": {"zh": "站"}, "shortName": "站", "type": "SERVICE_STATION",
                 "level": "PRIMARY"}""").post("/api/v1/institutions").then(), 400, "WRONG_TYPE")
                .body("errors[0].field", is("name"))
                .body("detail", matchesPattern(detailLanguagePattern(language)));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void anUnknownEnumValueListsTheAllowedOnes(Language language) {
        problem(adminPosting(language, """
                {"code": "STN-TEST-ENUM", "name": "站", "shortName": "站", "type": "HOSPITAL", "level": "PRIMARY"}""")
                .post("/api/v1/institutions").then(), 400, "UNKNOWN_ENUM_VALUE")
                .body("errors[0].field", is("type"))
                .body("detail", containsString("COMMUNITY_CENTRE"))
                .body("detail", matchesPattern(detailLanguagePattern(language)));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aNumberForAnEnumIsRefusedRatherThanTakenAsAnIndex(Language language) {
        problem(adminPosting(language, """
                {"code": "STN-TEST-ENUM", "name": "站", "shortName": "站", "type": 1, "level": "PRIMARY"}""")
                .post("/api/v1/institutions").then(), 400, "UNKNOWN_ENUM_VALUE")
                .body("errors[0].field", is("type"));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void anUnknownPropertyIsRefused(Language language) {
        problem(adminPosting(language, """
                {"code": "STN-TEST-PROP", "name": "站", "shortName": "站", "type": "SERVICE_STATION",
                 "level": "PRIMARY", "beds": 20}""").post("/api/v1/institutions").then(), 400, "UNKNOWN_PROPERTY")
                .body("errors[0].field", is("beds"));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void missingRequiredFieldsAreEachNamed(Language language) {
        problem(adminPosting(language, "{}").post("/api/v1/institutions").then(), 400, "VALIDATION_FAILED")
                .body("title", is(language.validationTitle))
                .body("errors.field", hasItems("code", "name", "shortName", "type", "level"))
                .body("errors.message", hasItem(matchesPattern(detailLanguagePattern(language))));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void fieldRulesAreExplainedInTheCallersLanguage(Language language) {
        String expected = language == Language.CHINESE ? "须为 2 到 32 位大写字母、数字或连字符，以字母或数字开头"
                : "must be 2 to 32 upper-case letters, digits or hyphens, starting with a letter or digit";
        problem(adminPosting(language, """
                {"code": "lower case", "name": "站", "shortName": "站", "type": "SERVICE_STATION", "level": "PRIMARY"}""")
                .post("/api/v1/institutions").then(), 400, "VALIDATION_FAILED")
                .body("errors.find { it.field == 'code' }.message", is(expected));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aMissingBodyIsNamed(Language language) {
        problem(as(language).auth().oauth2(TestTokens.admin()).contentType("application/json")
                .post("/api/v1/institutions").then(), 400, "MISSING_BODY");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void anOversizedBodyIsRefusedWith413(Language language) {
        String huge = "{\"introduction\": \"" + "长".repeat(100_000) + "\"}";
        problem(adminPosting(language, huge).post("/api/v1/institutions").then(), 413, "PAYLOAD_TOO_LARGE")
                .body("detail", matchesPattern(detailLanguagePattern(language)));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void anOversizedBodySentWithoutALengthIsRefusedWith413(Language language) {
        // A stream has no Content-Length: it goes out chunked and is cut off while being read.
        byte[] huge = ("{\"introduction\": \"" + "长".repeat(100_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        problem(as(language).auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body(new ByteArrayInputStream(huge)).post("/api/v1/institutions").then(), 413, "PAYLOAD_TOO_LARGE");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aBodyThatIsNotJsonIsAnUnsupportedMediaType(Language language) {
        problem(as(language).auth().oauth2(TestTokens.admin()).contentType("text/plain").body("code=X")
                .post("/api/v1/institutions").then(), 415, "UNSUPPORTED_MEDIA_TYPE")
                .body("detail", containsString("application/json"));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void badPagingValuesAreNamed(Language language) {
        problem(as(language).queryParam("page", -1).queryParam("size", "abc").get("/api/v1/institutions").then(),
                400, "INVALID_PAGING")
                .body("errors.field", hasItems("page", "size"))
                .body("detail", matchesPattern(detailLanguagePattern(language)));
        problem(as(language).queryParam("size", 0).get("/api/v1/doctors").then(), 400, "INVALID_PAGING")
                .body("errors.field", hasItems("size"));
        problem(as(language).queryParam("page", "99999999999").get("/api/v1/departments").then(), 400,
                "INVALID_PAGING");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void badFilterValuesAreNamed(Language language) {
        problem(as(language).queryParam("type", "CLINIC").get("/api/v1/institutions").then(), 400,
                "UNKNOWN_ENUM_VALUE")
                .body("detail", containsString("CITY_HOSPITAL"));
        problem(as(language).queryParam("streetId", "xinhua").get("/api/v1/institutions").then(), 400,
                "INVALID_PARAMETER")
                .body("detail", containsString("streetId"));
        problem(as(language).queryParam("familyDoctor", "yes").get("/api/v1/doctors").then(), 400,
                "INVALID_PARAMETER");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void unknownIdsAndAddressesAreNotFound(Language language) {
        String expected = language == Language.CHINESE ? "未找到该医生，它可能不存在或您无权查看。"
                : "This doctor was not found; it may not exist or you may not see it.";
        problem(as(language).get("/api/v1/doctors/00000000-0000-0000-0000-000000000000").then(), 404,
                "RESOURCE_NOT_FOUND")
                .body("detail", is(expected));
        problem(as(language).get("/api/v1/no-such-thing").then(), 404, "NOT_FOUND");
    }

    @Test
    void theCallersLanguagesAreWeighedByPreference() {
        String doctor = "/api/v1/doctors/00000000-0000-0000-0000-000000000000";
        given().header("Accept-Language", "fr-FR, zh-CN;q=0.5, en;q=0.8").get(doctor).then().statusCode(404)
                .body("detail", is("This doctor was not found; it may not exist or you may not see it."));
        given().header("Accept-Language", "en;q=0.3, zh").get(doctor).then().statusCode(404)
                .body("detail", is("未找到该医生，它可能不存在或您无权查看。"));
        given().header("Accept-Language", "de, fr").get(doctor).then().statusCode(404)
                .body("detail", is("未找到该医生，它可能不存在或您无权查看。"));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aWrongMethodIsNotAllowed(Language language) {
        problem(as(language).delete("/api/v1/streets").then(), 405, "METHOD_NOT_ALLOWED");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void writingWithoutATokenIsUnauthenticated(Language language) {
        problem(as(language).contentType("application/json").body("{}").post("/api/v1/institutions").then(), 401,
                "UNAUTHENTICATED")
                .header("WWW-Authenticate", containsString("Bearer"));
        problem(as(language).auth().oauth2("not.a.token").contentType("application/json").body("{}")
                .post("/api/v1/institutions").then(), 401, "UNAUTHENTICATED");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void writingWithoutTheRoleIsForbidden(Language language) {
        problem(as(language).auth().oauth2(TestTokens.resident()).contentType("application/json").body("{}")
                .post("/api/v1/institutions").then(), 403, "FORBIDDEN")
                .body("detail", matchesPattern(detailLanguagePattern(language)));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aCallersTraceparentIsCarriedIntoTheProblem(Language language) {
        as(language).header("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")
                .get("/api/v1/doctors/unknown")
                .then().statusCode(404).body("traceId", is("4bf92f3577b34da6a3ce929d0e0e4736"));
    }
}
