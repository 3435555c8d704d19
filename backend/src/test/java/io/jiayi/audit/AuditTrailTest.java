package io.jiayi.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.jiayi.common.security.Caller;
import io.jiayi.support.Directory;
import io.jiayi.support.OnVertx;
import io.jiayi.support.Residents;
import io.jiayi.support.Residents.Registered;
import io.jiayi.support.TestTokens;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;

/** Reads of health data leave entries only administrators can list, and nothing can change. */
@QuarkusTest
class AuditTrailTest {

    @Inject
    AuditLog auditLog;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void administratorsListEntriesBySubjectAndNobodyCanChangeThem() throws Exception {
        Registered subject = Residents.registered();
        UUID person = UUID.fromString(subject.patientId());
        UUID staffAccount = UUID.randomUUID();
        UUID hospital = UUID.fromString(Directory.institutionId("HOSP-TONGREN"));
        Caller staff = new Caller(staffAccount.toString(), false, true, false, false, Optional.of(hospital),
                Optional.empty());
        UUID report = UUID.randomUUID();
        OnVertx.await(() -> Panache.withTransaction(() -> auditLog.read(staff, person, "LAB_REPORT", report,
                new AuditLog.Origin("10.1.2.3", "0af7651916cd43dd8448eb211c80319c"))));

        given().auth().oauth2(TestTokens.admin()).queryParam("subjectPersonId", subject.patientId())
                .get("/api/v1/audit-entries").then().statusCode(200).body("total", is(1))
                .body("items[0].actorAccountId", is(staffAccount.toString())).body("items[0].actorRole", is("STAFF"))
                .body("items[0].actorInstitutionId", is(hospital.toString())).body("items[0].action", is("READ"))
                .body("items[0].resourceType", is("LAB_REPORT")).body("items[0].resourceId", is(report.toString()))
                .body("items[0].address", is("10.1.2.3"));
        given().auth().oauth2(TestTokens.admin()).queryParam("subjectPersonId", "nope").get("/api/v1/audit-entries")
                .then().statusCode(400).body("code", is("INVALID_PARAMETER"));
        given().auth().oauth2(TestTokens.admin()).queryParam("from", "yesterday").get("/api/v1/audit-entries")
                .then().statusCode(400).body("code", is("INVALID_PARAMETER"));
        given().auth().oauth2(TestTokens.staffOf(hospital.toString())).get("/api/v1/audit-entries").then()
                .statusCode(403);
        subject.request().get("/api/v1/audit-entries").then().statusCode(403);

        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            assertThrows(SQLException.class, () -> statement.executeUpdate(
                    "UPDATE audit_entry SET address = 'x' WHERE subject_person_id = '" + person + "'"));
            assertThrows(SQLException.class, () -> statement.executeUpdate(
                    "DELETE FROM audit_entry WHERE subject_person_id = '" + person + "'"));
        }
    }
}
