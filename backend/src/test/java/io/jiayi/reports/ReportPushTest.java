package io.jiayi.reports;

import static io.jiayi.reports.ReportFixtures.TONGREN;
import static io.jiayi.reports.ReportFixtures.exam;
import static io.jiayi.reports.ReportFixtures.lab;
import static io.jiayi.reports.ReportFixtures.newSenderId;
import static io.jiayi.reports.ReportFixtures.push;
import static io.jiayi.reports.ReportFixtures.pushed;
import static io.jiayi.reports.ReportFixtures.staffOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.jiayi.support.Directory;
import io.jiayi.support.MutableClock;
import io.jiayi.support.Residents;
import io.jiayi.support.Residents.Registered;
import io.jiayi.support.TestIdNumbers;
import io.jiayi.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/** Hospitals push lab and exam reports: idempotent by their own report id, amended in versions, withdrawn. */
@QuarkusTest
class ReportPushTest {

    @Inject
    AgroalDataSource dataSource;

    private long count(String sql, Object... parameters) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private long notifications(Registered resident, String kind) throws Exception {
        return count("SELECT count(*) FROM notification n JOIN resident_account a ON a.id = n.account_id "
                + "WHERE a.person_id = CAST(? AS uuid) AND n.kind = ?", resident.patientId(), kind);
    }

    @Test
    void aLabReportIsPushedWithItsPanelItemsAndTimes() throws Exception {
        Registered resident = Residents.registered();
        String senderId = newSenderId();
        String tongren = Directory.institutionId(TONGREN);
        push(TONGREN, lab(senderId, resident.idNumber(), "FINAL")).statusCode(201)
                .header("Location", containsString("/api/v1/institutions/" + tongren + "/reports/"))
                .body("senderReportId", is(senderId)).body("type", is("LAB")).body("status", is("FINAL"))
                .body("version", is(1)).body("patientId", is(resident.patientId())).body("patientName", is("测试居民"))
                .body("institution.id", is(tongren)).body("title", is("血常规")).body("abnormalItems", is(1))
                .body("orderingDoctor.name", is("李医生")).body("lab.panel.code", is("CBC"))
                .body("lab.specimen", is("静脉血")).body("lab.items", hasSize(3))
                .body("lab.items[0].code", is("WBC")).body("lab.items[0].value", is("11.2"))
                .body("lab.items[0].numericValue", is(11.2f)).body("lab.items[0].flag", is("H"))
                .body("lab.items[1].numericValue", is(135)).body("exam", nullValue())
                .body("releasedAt", org.hamcrest.Matchers.notNullValue())
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("patientIdNumber")));
    }

    @Test
    void anExamReportIsPushedWithModalityFindingsAndConclusion() {
        Registered resident = Residents.registered();
        push(TONGREN, exam(newSenderId(), resident.idNumber(), "PRELIMINARY")).statusCode(201)
                .body("type", is("EXAM")).body("status", is("PRELIMINARY")).body("title", is("CT 胸部"))
                .body("exam.modality", is("CT")).body("exam.bodyPart", is("胸部"))
                .body("exam.conclusion", is("胸部 CT 平扫未见明显异常。")).body("lab", nullValue())
                .body("releasedAt", nullValue());
    }

    @Test
    void theSameContentAgainIsARetryThatChangesNothing() throws Exception {
        Registered resident = Residents.registered();
        Map<String, Object> body = lab(newSenderId(), resident.idNumber(), "FINAL");
        String id = pushed(TONGREN, body);
        // The same instants written in another offset are the same content.
        Map<String, Object> again = new HashMap<>(body);
        again.put("reportedAt", java.time.OffsetDateTime.parse((String) body.get("reportedAt"))
                .withOffsetSameInstant(java.time.ZoneOffset.UTC).toString());
        push(TONGREN, again).statusCode(200).body("id", is(id)).body("version", is(1));
        push(TONGREN, body).statusCode(200).body("id", is(id)).body("version", is(1));
        assertEquals(1, count("SELECT count(*) FROM report_version WHERE report_id = CAST(? AS uuid)", id));
        assertEquals(1, notifications(resident, "REPORT_READY"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void otherContentIsAnAmendmentThatKeepsThePreviousVersions() throws Exception {
        Registered resident = Residents.registered();
        Map<String, Object> first = lab(newSenderId(), resident.idNumber(), "PRELIMINARY");
        String id = pushed(TONGREN, first);
        assertEquals(0, notifications(resident, "REPORT_READY"));

        Map<String, Object> finalVersion = new HashMap<>(first);
        finalVersion.put("status", "FINAL");
        push(TONGREN, finalVersion).statusCode(200).body("id", is(id)).body("version", is(2))
                .body("status", is("FINAL"));
        assertEquals(1, notifications(resident, "REPORT_READY"));

        Map<String, Object> amended = new HashMap<>(finalVersion);
        Map<String, Object> lab = new HashMap<>((Map<String, Object>) first.get("lab"));
        List<Map<String, Object>> items = new ArrayList<>((List<Map<String, Object>>) lab.get("items"));
        items.set(0, ReportFixtures.item("WBC", "白细胞计数", "8.1", 8.1, "10^9/L", "3.5-9.5", "N"));
        lab.put("items", items);
        amended.put("lab", lab);
        amended.put("status", "AMENDED");
        push(TONGREN, amended).statusCode(200).body("version", is(3)).body("status", is("AMENDED"))
                .body("abnormalItems", is(0)).body("lab.items[0].value", is("8.1"));
        assertEquals(1, notifications(resident, "REPORT_READY"));
        assertEquals(1, notifications(resident, "REPORT_AMENDED"));

        staffOf(TONGREN).get("/api/v1/reports/" + id + "/versions").then().statusCode(200)
                .body("version", org.hamcrest.Matchers.contains(3, 2, 1))
                .body("status", org.hamcrest.Matchers.contains("AMENDED", "FINAL", "PRELIMINARY"))
                .body("[2].lab.items[0].value", is("11.2")).body("[0].lab.items[0].value", is("8.1"));
        // The resident sees the versions from the release on.
        resident.request().get("/api/v1/reports/" + id + "/versions").then().statusCode(200)
                .body("version", org.hamcrest.Matchers.contains(3, 2));

        // A late retry of an earlier version changes nothing; a final report never becomes preliminary again.
        push(TONGREN, finalVersion).statusCode(200).body("version", is(3)).body("status", is("AMENDED"));
        Map<String, Object> backwards = new HashMap<>(amended);
        backwards.put("status", "PRELIMINARY");
        push(TONGREN, backwards).statusCode(409).body("code", is("REPORT_ALREADY_RELEASED"));
        assertEquals(3, count("SELECT count(*) FROM report_version WHERE report_id = CAST(? AS uuid)", id));
    }

    @Test
    void aWithdrawnReportShowsItsStatusOnlyAndCannotChangeAgain() throws Exception {
        Registered resident = Residents.registered();
        Map<String, Object> body = exam(newSenderId(), resident.idNumber(), "FINAL");
        String id = pushed(TONGREN, body);
        Map<String, Object> withdrawal = new HashMap<>(body);
        withdrawal.put("status", "WITHDRAWN");
        withdrawal.remove("exam");
        push(TONGREN, withdrawal).statusCode(200).body("id", is(id)).body("status", is("WITHDRAWN"))
                .body("version", is(2)).body("exam", nullValue()).body("title", nullValue())
                .body("abnormalItems", nullValue());
        push(TONGREN, withdrawal).statusCode(200).body("version", is(2));
        assertEquals(1, notifications(resident, "REPORT_WITHDRAWN"));

        resident.request().get("/api/v1/me/reports/" + id).then().statusCode(200).body("status", is("WITHDRAWN"))
                .body("exam", nullValue()).body("title", nullValue());
        resident.request().get("/api/v1/me/reports").then().statusCode(200).body("items[0].id", is(id))
                .body("items[0].status", is("WITHDRAWN")).body("items[0].title", nullValue());
        staffOf(TONGREN).get("/api/v1/reports/" + id + "/versions").then().statusCode(200)
                .body("[1].exam", nullValue()).body("[1].status", is("FINAL"));

        // A late retry of the first push changes nothing; new content is refused.
        push(TONGREN, body).statusCode(200).body("status", is("WITHDRAWN")).body("version", is(2));
        Map<String, Object> reissued = new HashMap<>(body);
        reissued.put("exam", Map.of("modality", "CT", "bodyPart", "胸部", "findings", "右肺结节。", "conclusion", "右肺结节，建议随访。"));
        push(TONGREN, reissued).statusCode(409).body("code", is("REPORT_WITHDRAWN"));
    }

    @Test
    void notificationsGoToThePatientAndToResidentsManagingThem() throws Exception {
        Registered manager = Residents.registered();
        String[] child = ReportFixtures.child(manager);
        pushed(TONGREN, lab(newSenderId(), child[0], "FINAL"));
        assertEquals(1, count("SELECT count(*) FROM notification n JOIN resident_account a ON a.id = n.account_id "
                + "WHERE a.person_id = CAST(? AS uuid) AND n.kind = 'REPORT_READY' AND n.text LIKE '小明的检验报告「血常规」已出%'",
                manager.patientId()));
    }

    @Test
    void anUnknownIdNumberIsRefusedWithItsOwnCode() {
        String nobody = TestIdNumbers.adult(LocalDate.now(MutableClock.get()));
        push(TONGREN, lab(newSenderId(), nobody, "FINAL")).statusCode(422)
                .body("code", is("UNKNOWN_PATIENT_ID_NUMBER")).body("errors[0].field", is("patientIdNumber"));
        push(TONGREN, lab(newSenderId(), TestIdNumbers.withWrongCheckDigit(nobody), "FINAL")).statusCode(400)
                .body("code", is("INVALID_ID_NUMBER"));
    }

    @Test
    void theNameWhenGivenMustMatchTheRecord() {
        Registered resident = Residents.registered();
        Map<String, Object> body = lab(newSenderId(), resident.idNumber(), "FINAL");
        body.put("patientName", "别人");
        push(TONGREN, body).statusCode(422).body("code", is("REAL_NAME_MISMATCH"));
        body.put("patientName", "测试居民");
        push(TONGREN, body).statusCode(201);
    }

    @Test
    void aReportIdNeverMovesToAnotherPatientOrType() {
        Registered resident = Residents.registered();
        Registered other = Residents.registered();
        String senderId = newSenderId();
        pushed(TONGREN, lab(senderId, resident.idNumber(), "FINAL"));
        push(TONGREN, lab(senderId, other.idNumber(), "FINAL")).statusCode(422)
                .body("code", is("REPORT_IDENTITY_CHANGED"));
        push(TONGREN, exam(senderId, resident.idNumber(), "FINAL")).statusCode(422)
                .body("code", is("REPORT_IDENTITY_CHANGED"));
        // The same sender id at another institution is another report.
        push(ReportFixtures.GUANGHUA, lab(senderId, other.idNumber(), "FINAL")).statusCode(201);
    }

    @Test
    @SuppressWarnings("unchecked")
    void invalidPushesNameTheField() {
        Registered resident = Residents.registered();
        Map<String, Object> body = lab(newSenderId(), resident.idNumber(), "FINAL");
        body.remove("lab");
        push(TONGREN, body).statusCode(400).body("code", is("VALIDATION_FAILED")).body("errors[0].field", is("lab"));

        body = lab(newSenderId(), resident.idNumber(), "FINAL");
        body.put("exam", exam("X", resident.idNumber(), "FINAL").get("exam"));
        push(TONGREN, body).statusCode(400).body("errors[0].field", is("exam"));

        body = lab(newSenderId(), resident.idNumber(), "FINAL");
        body.put("reportedAt", ReportFixtures.now().plusDays(1).toString());
        push(TONGREN, body).statusCode(400).body("errors[0].field", is("reportedAt"));

        body = lab(newSenderId(), resident.idNumber(), "FINAL");
        body.put("collectedAt", ReportFixtures.now().toString());
        push(TONGREN, body).statusCode(400).body("errors[0].field", is("receivedAt"));

        body = lab(newSenderId(), resident.idNumber(), "FINAL");
        Map<String, Object> lab = new HashMap<>((Map<String, Object>) body.get("lab"));
        List<Map<String, Object>> items = new ArrayList<>((List<Map<String, Object>>) lab.get("items"));
        items.add(items.get(0));
        lab.put("items", items);
        body.put("lab", lab);
        push(TONGREN, body).statusCode(400).body("errors[0].field", is("lab.items"));

        body = lab("has space", resident.idNumber(), "FINAL");
        push(TONGREN, body).statusCode(400).body("errors[0].field", is("senderReportId"));

        body = lab(newSenderId(), resident.idNumber(), "DONE");
        push(TONGREN, body).statusCode(400).body("code", is("UNKNOWN_ENUM_VALUE"));

        body = lab(newSenderId(), resident.idNumber(), "FINAL");
        lab = new HashMap<>((Map<String, Object>) body.get("lab"));
        lab.put("items", List.of());
        body.put("lab", lab);
        push(TONGREN, body).statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItem("lab.items"));

        body = exam(newSenderId(), resident.idNumber(), "FINAL");
        body.put("exam", Map.of("modality", "PET", "bodyPart", "胸部", "findings", "x", "conclusion", "y"));
        push(TONGREN, body).statusCode(400).body("code", is("UNKNOWN_ENUM_VALUE"));

        body = lab(newSenderId(), resident.idNumber(), "FINAL");
        body.put("orderingDoctor", Map.of("name", "李医生", "doctorId", java.util.UUID.randomUUID().toString()));
        push(TONGREN, body).statusCode(422).body("code", is("UNKNOWN_REFERENCE"));

        body = lab(newSenderId(), resident.idNumber(), "FINAL");
        body.put("patientIdNumber2", "x");
        push(TONGREN, body).statusCode(400).body("code", is("UNKNOWN_PROPERTY"));
    }

    @Test
    void onlyTheInstitutionsStaffAndAdministratorsPush() {
        Registered resident = Residents.registered();
        String tongren = Directory.institutionId(TONGREN);
        staffOf(ReportFixtures.GUANGHUA).contentType("application/json")
                .body(lab(newSenderId(), resident.idNumber(), "FINAL"))
                .post("/api/v1/institutions/" + tongren + "/reports").then().statusCode(403);
        resident.request().contentType("application/json").body(lab(newSenderId(), resident.idNumber(), "FINAL"))
                .post("/api/v1/institutions/" + tongren + "/reports").then().statusCode(403);
        io.restassured.RestAssured.given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body(lab(newSenderId(), resident.idNumber(), "FINAL"))
                .post("/api/v1/institutions/" + tongren + "/reports").then().statusCode(201);
        io.restassured.RestAssured.given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body(lab(newSenderId(), resident.idNumber(), "FINAL"))
                .post("/api/v1/institutions/" + java.util.UUID.randomUUID() + "/reports").then().statusCode(404);
    }
}
