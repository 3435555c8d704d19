package io.jiayi.signing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.jiayi.support.Directory;
import io.jiayi.support.FamilyDoctorAccounts;
import io.jiayi.support.Residents;
import io.quarkus.test.junit.QuarkusTest;

/**
 * "One active signing per person" is the database's rule, not only the service's check: even a
 * writer that skips the service cannot store a second one.
 */
@QuarkusTest
class OneActiveSigningConstraintTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theDatabaseRefusesASecondActiveSigningForOnePerson() throws SQLException {
        var doctor = FamilyDoctorAccounts.create("CHC-XINHUA");
        var resident = Residents.registered();
        String applicationId = resident.request().contentType("application/json")
                .body(Map.of("doctorId", doctor.doctorId(), "districtHospitalId", Directory.institutionId("HOSP-TONGREN"),
                        "cityHospitalId", Directory.institutionId("CITY-LONGHUA"), "patientIds",
                        List.of(resident.patientId()), "agreement", Map.of("version", "2026-v1", "accepted", true)))
                .post("/api/v1/me/signings").then().statusCode(201).extract().path("id");
        doctor.request().post("/api/v1/signing-applications/" + applicationId + "/accept").then().statusCode(200);

        try (Connection connection = dataSource.getConnection();
                PreparedStatement copy = connection.prepareStatement("""
                        INSERT INTO signing (id, application_id, person_id, doctor_id, centre_id, district_hospital_id,
                            city_hospital_id, kind, status, starts_on, ends_on, created_at, updated_at)
                        SELECT ?, application_id, person_id, doctor_id, centre_id, district_hospital_id, city_hospital_id,
                            kind, 'ACTIVE', starts_on, ends_on, created_at, updated_at
                        FROM signing WHERE person_id = ? AND status = 'ACTIVE'""")) {
            copy.setObject(1, UUID.randomUUID());
            copy.setObject(2, UUID.fromString(resident.patientId()));
            SQLException refused = assertThrows(SQLException.class, copy::executeUpdate);
            assertTrue(refused.getMessage().contains("signing_one_active_per_person"), refused.getMessage());
        }
        given().get("/q/health/ready").then().statusCode(200);
    }
}
