package io.jiayi.reports;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.jiayi.support.Directory;
import io.jiayi.support.FamilyDoctorAccounts.FamilyDoctor;
import io.jiayi.support.MutableClock;
import io.jiayi.support.Residents.Registered;
import io.jiayi.support.TestIdNumbers;
import io.jiayi.support.TestTokens;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** Reports as a hospital's system would push them, and the people who read them. */
public final class ReportFixtures {

    static final String TONGREN = "HOSP-TONGREN";
    static final String GUANGHUA = "HOSP-GUANGHUA";

    private ReportFixtures() {
    }

    public static String newSenderId() {
        return "LIS-" + UUID.randomUUID().toString().substring(0, 13).toUpperCase();
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(MutableClock.get());
    }

    /** A blood count of the patient with this ID number: one item high, the rest normal. */
    public static Map<String, Object> lab(String senderReportId, String idNumber, String status) {
        Map<String, Object> body = common(senderReportId, idNumber, status, "LAB");
        List<Map<String, Object>> items = new ArrayList<>();
        items.add(item("WBC", "白细胞计数", "11.2", 11.2, "10^9/L", "3.5-9.5", "H"));
        items.add(item("HGB", "血红蛋白", "135", 135, "g/L", "130-175", "N"));
        items.add(item("PLT", "血小板计数", "210", 210, "10^9/L", "125-350", "N"));
        body.put("lab", Map.of("panel", Map.of("code", "CBC", "name", "血常规"), "specimen", "静脉血", "items", items));
        return body;
    }

    static Map<String, Object> exam(String senderReportId, String idNumber, String status) {
        Map<String, Object> body = common(senderReportId, idNumber, status, "EXAM");
        body.put("exam", Map.of("modality", "CT", "bodyPart", "胸部", "findings", "双肺纹理清晰，未见明显实质性病变。",
                "conclusion", "胸部 CT 平扫未见明显异常。"));
        return body;
    }

    static Map<String, Object> item(String code, String name, String value, Number numeric, String unit, String range,
            String flag) {
        Map<String, Object> item = new HashMap<>(Map.of("code", code, "name", name, "value", value, "unit", unit,
                "referenceRange", range, "flag", flag));
        item.put("numericValue", numeric);
        return item;
    }

    private static Map<String, Object> common(String senderReportId, String idNumber, String status, String type) {
        OffsetDateTime reported = now().minusHours(1).withNano(0);
        Map<String, Object> body = new HashMap<>();
        body.put("senderReportId", senderReportId);
        body.put("type", type);
        body.put("status", status);
        body.put("patientIdNumber", idNumber);
        body.put("orderingDoctor", Map.of("name", "李医生"));
        body.put("collectedAt", reported.minusHours(3).toString());
        body.put("receivedAt", reported.minusHours(2).toString());
        body.put("reportedAt", reported.toString());
        return body;
    }

    static RequestSpecification staffOf(String institutionCode) {
        return given().auth().oauth2(TestTokens.staffOf(Directory.institutionId(institutionCode)));
    }

    static ValidatableResponse push(String institutionCode, Map<String, Object> body) {
        return staffOf(institutionCode).contentType("application/json").body(body)
                .post("/api/v1/institutions/" + Directory.institutionId(institutionCode) + "/reports").then();
    }

    /** Pushes and returns the report id. */
    static String pushed(String institutionCode, Map<String, Object> body) {
        return push(institutionCode, body).statusCode(201).extract().path("id");
    }

    /** A child of the manager's, added on the guardian's declaration (ACTIVE at once); returns id number and patient id. */
    static String[] child(Registered manager) {
        String idNumber = TestIdNumbers.child(LocalDate.now(MutableClock.get()), 6);
        String patientId = manager.request().contentType("application/json")
                .body(Map.of("relationship", "CHILD", "name", "小明", "idNumber", idNumber, "guardianDeclaration", true))
                .post("/api/v1/me/members").then().statusCode(201).extract().path("patientId");
        return new String[] { idNumber, patientId };
    }

    /** The resident signed with the doctor (ACTIVE). */
    static void sign(Registered resident, FamilyDoctor doctor) {
        String applicationId = resident.request().contentType("application/json")
                .body(Map.of("doctorId", doctor.doctorId(), "districtHospitalId", Directory.institutionId(TONGREN),
                        "cityHospitalId", Directory.institutionId("CITY-HUADONG"),
                        "patientIds", List.of(resident.patientId()),
                        "agreement", Map.of("version", "2026-v1", "accepted", true)))
                .post("/api/v1/me/signings").then().statusCode(201).extract().path("id");
        doctor.request().post("/api/v1/signing-applications/" + applicationId + "/accept").then().statusCode(200);
    }
}
