package io.jiayi.signing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.jiayi.signing.coverage.CentreCoverage;
import io.jiayi.signing.coverage.CoverageReport;
import io.jiayi.signing.coverage.Figures;
import io.jiayi.signing.coverage.StreetCoverage;
import io.jiayi.support.Directory;
import io.jiayi.support.MutableClock;
import io.jiayi.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Coverage is counted, not estimated: a resident counts as signed with an ACTIVE signing that
 * ends today or later, and as a key population when 65 or older, 0-6 years old, or holding a
 * CONFIRMED tag. Other tests sign residents too, so this one compares the report before and
 * after inserting a data set of its own and never assumes absolute counts.
 */
@QuarkusTest
class CoverageStatisticsTest {

    private static final List<String> CENTRES = List.of("CHC-BEIXINJING", "CHC-CHENGJIAQIAO", "CHC-HONGQIAO",
            "CHC-HUAYANG", "CHC-JIANGSU", "CHC-TIANSHAN", "CHC-XIANXIA", "CHC-XINHUA", "CHC-XINJING", "CHC-ZHOUJIAQIAO");
    private static final List<String> STREETS = List.of("BEIXINJING", "CHENGJIAQIAO", "HONGQIAO", "HUAYANG", "JIANGSU",
            "TIANSHAN", "XIANXIA", "XINHUA", "XINJING", "ZHOUJIAQIAO");
    private static final BigDecimal SIGNING_TARGET = new BigDecimal("0.48");
    private static final BigDecimal KEY_POPULATION_TARGET = new BigDecimal("0.80");

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    /** One signing of a seeded person. */
    record SigningRow(String status, LocalDate endsOn) {
    }

    /** A seeded person, their signings and tag, and whether the report must count them. */
    record Resident(String label, LocalDate birthDate, String tagStatus, List<SigningRow> signings, boolean signed,
            boolean keyPopulation) {
    }

    @Test
    void shouldCountActiveCurrentSigningsAndKeyPopulationsPerCentreStreetAndDistrict() throws Exception {
        LocalDate today = todayClearOfMidnight();
        String admin = TestTokens.admin();
        setPopulation(admin, "CHENGJIAQIAO", 12_345, 3_701, 2020);
        setPopulation(admin, "BEIXINJING", 0, 0, 2020);

        List<Resident> chengjiaqiao = residents(today);
        List<Resident> beixinjing = chengjiaqiao.subList(0, 5);

        CoverageReport before = report(admin);
        seed("CHC-CHENGJIAQIAO", chengjiaqiao, today);
        seed("CHC-BEIXINJING", beixinjing, today);
        CoverageReport after = report(admin);

        assertThat(after.asOf()).isEqualTo(today);
        Map<String, long[]> expected = Map.of(
                "CHC-CHENGJIAQIAO", counted(chengjiaqiao),
                "CHC-BEIXINJING", counted(beixinjing));
        assertThat(counted(chengjiaqiao)).containsExactly(10, 5);
        assertThat(counted(beixinjing)).containsExactly(5, 3);

        Map<String, CentreCoverage> centresBefore = byCentre(before);
        Map<String, CentreCoverage> centresAfter = byCentre(after);
        for (String centre : CENTRES) {
            long[] delta = expected.getOrDefault(centre, new long[] { 0, 0 });
            assertThat(delta(centresBefore.get(centre).figures(), centresAfter.get(centre).figures()))
                    .as("signed and key-population signed added at %s", centre).containsExactly(delta);
        }
        Map<String, StreetCoverage> streetsBefore = byStreet(before);
        Map<String, StreetCoverage> streetsAfter = byStreet(after);
        for (String street : STREETS) {
            long[] delta = expected.getOrDefault("CHC-" + street, new long[] { 0, 0 });
            assertThat(delta(streetsBefore.get(street).figures(), streetsAfter.get(street).figures()))
                    .as("signed and key-population signed added in %s", street).containsExactly(delta);
            assertThat(streetsAfter.get(street).figures().population())
                    .isEqualTo(streetsBefore.get(street).figures().population());
        }
        assertThat(delta(before.district(), after.district())).containsExactly(10 + 5, 5 + 3);
        assertThat(after.district().population()).isEqualTo(before.district().population());

        Figures chengjiaqiaoFigures = centresAfter.get("CHC-CHENGJIAQIAO").figures();
        assertThat(chengjiaqiaoFigures.population()).isEqualTo(12_345);
        assertThat(chengjiaqiaoFigures.keyPopulation()).isEqualTo(3_701);
        assertThat(streetsAfter.get("CHENGJIAQIAO").figures()).isEqualTo(chengjiaqiaoFigures);
        assertThat(streetsAfter.get("CHENGJIAQIAO").censusYear()).isEqualTo(2020);
    }

    @Test
    void shouldComputeRateTargetAndGapAsDefined() {
        String admin = TestTokens.admin();
        setPopulation(admin, "CHENGJIAQIAO", 12_345, 3_701, 2020);
        setPopulation(admin, "BEIXINJING", 0, 0, 2020);
        LocalDate today = todayClearOfMidnight();
        seed("CHC-CHENGJIAQIAO", residents(today).subList(0, 3), today);
        seed("CHC-BEIXINJING", residents(today).subList(0, 1), today);
        CoverageReport report = report(admin);

        assertThat(report.targets().signing()).isEqualByComparingTo(SIGNING_TARGET);
        assertThat(report.targets().keyPopulation()).isEqualByComparingTo(KEY_POPULATION_TARGET);

        // 12,345 × 0.48 = 5,925.6 and 3,701 × 0.80 = 2,960.8: the targets round up to 5,926 and 2,961.
        Figures figures = byCentre(report).get("CHC-CHENGJIAQIAO").figures();
        long signed = figures.signed();
        long keySigned = figures.keyPopulationSigned();
        assertThat(signed).isPositive();
        assertThat(figures.rate()).isEqualTo(BigDecimal.valueOf(signed).divide(BigDecimal.valueOf(12_345), 4, RoundingMode.HALF_UP));
        assertThat(figures.rate().scale()).isEqualTo(4);
        assertThat(figures.target()).isEqualByComparingTo(SIGNING_TARGET);
        assertThat(figures.gap()).isEqualTo(Math.max(0, 5_926 - signed));
        assertThat(figures.keyPopulationRate())
                .isEqualTo(BigDecimal.valueOf(keySigned).divide(BigDecimal.valueOf(3_701), 4, RoundingMode.HALF_UP));
        assertThat(figures.keyPopulationTarget()).isEqualByComparingTo(KEY_POPULATION_TARGET);
        assertThat(figures.keyPopulationGap()).isEqualTo(Math.max(0, 2_961 - keySigned));

        // No census population: no rate, and nothing is missing to reach the target.
        Figures empty = byCentre(report).get("CHC-BEIXINJING").figures();
        assertThat(empty.population()).isZero();
        assertThat(empty.signed()).isPositive();
        assertThat(empty.rate()).isNull();
        assertThat(empty.gap()).isZero();
        assertThat(empty.keyPopulationRate()).isNull();
        assertThat(empty.keyPopulationGap()).isZero();

        // The district's figures are the sums, and its rate and gap are computed from them.
        Figures district = report.district();
        assertThat(district.population()).isEqualTo(report.streets().stream().mapToLong(s -> s.figures().population()).sum());
        assertThat(district.signed()).isEqualTo(report.centres().stream().mapToLong(c -> c.figures().signed()).sum());
        assertThat(district.keyPopulation())
                .isEqualTo(report.streets().stream().mapToLong(s -> s.figures().keyPopulation()).sum());
        assertThat(district.keyPopulationSigned())
                .isEqualTo(report.centres().stream().mapToLong(c -> c.figures().keyPopulationSigned()).sum());
        assertThat(district.rate()).isEqualTo(BigDecimal.valueOf(district.signed())
                .divide(BigDecimal.valueOf(district.population()), 4, RoundingMode.HALF_UP));
        assertThat(district.gap()).isEqualTo(Math.max(0, SIGNING_TARGET.multiply(BigDecimal.valueOf(district.population()))
                .setScale(0, RoundingMode.CEILING).longValueExact() - district.signed()));
    }

    @Test
    void shouldListEveryCentreAndEveryStreet() {
        given().auth().oauth2(TestTokens.staffOf(Directory.institutionId("CHC-XINHUA")))
                .get("/api/v1/coverage")
                .then().statusCode(200)
                .body("asOf", is(todayClearOfMidnight().toString()))
                .body("centres.centre.code", hasItems(CENTRES.toArray()))
                .body("centres.street.code", hasItems(STREETS.toArray()))
                .body("streets.street.code", hasItems(STREETS.toArray()))
                .body("streets.servingCentre.code", hasItems(CENTRES.toArray()))
                .body("centres.find { it.centre.code == 'CHC-XINHUA' }.street.code", is("XINHUA"))
                .body("streets.find { it.street.code == 'XINHUA' }.servingCentre.code", is("CHC-XINHUA"));
    }

    @Test
    void shouldRefuseResidentsAndAnonymousCallers() {
        given().auth().oauth2(TestTokens.resident()).get("/api/v1/coverage")
                .then().statusCode(403).body("code", is("FORBIDDEN"));
        given().get("/api/v1/coverage")
                .then().statusCode(401).body("code", is("UNAUTHENTICATED"));
        String street = Directory.streetId("HUAYANG");
        String body = "{\"population\": 100, \"keyPopulation\": 30, \"censusYear\": 2020}";
        given().auth().oauth2(TestTokens.staffOf(Directory.institutionId("CHC-HUAYANG"))).contentType("application/json")
                .body(body).put("/api/v1/streets/" + street + "/population")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.resident()).contentType("application/json")
                .body(body).put("/api/v1/streets/" + street + "/population")
                .then().statusCode(403);
        given().contentType("application/json").body(body).put("/api/v1/streets/" + street + "/population")
                .then().statusCode(401);
    }

    @Test
    void shouldStoreAStreetsCensusFigures() {
        String street = Directory.streetId("JIANGSU");
        String admin = TestTokens.admin();
        setPopulation(admin, "JIANGSU", 41_000, 13_000, 2020);
        given().auth().oauth2(admin).contentType("application/json")
                .body("{\"population\": 41766, \"keyPopulation\": 13783, \"censusYear\": 2021}")
                .put("/api/v1/streets/" + street + "/population")
                .then().statusCode(200)
                .body("street.id", is(street))
                .body("street.code", is("JIANGSU"))
                .body("population", is(41_766))
                .body("keyPopulation", is(13_783))
                .body("censusYear", is(2021));
        StreetCoverage jiangsu = byStreet(report(admin)).get("JIANGSU");
        assertThat(jiangsu.figures().population()).isEqualTo(41_766);
        assertThat(jiangsu.figures().keyPopulation()).isEqualTo(13_783);
        assertThat(jiangsu.censusYear()).isEqualTo(2021);
    }

    @Test
    void shouldRefuseAKeyPopulationAboveThePopulation() {
        String street = Directory.streetId("HUAYANG");
        given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body("{\"population\": 100, \"keyPopulation\": 101, \"censusYear\": 2020}")
                .put("/api/v1/streets/" + street + "/population")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", is("VALIDATION_FAILED"))
                .body("errors.size()", is(1))
                .body("errors[0].field", is("keyPopulation"));
    }

    @Test
    void shouldRefuseFiguresOutOfBoundsOrMissing() {
        String street = Directory.streetId("HUAYANG");
        given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body("{\"population\": -1, \"keyPopulation\": 0, \"censusYear\": 1948}")
                .put("/api/v1/streets/" + street + "/population")
                .then().statusCode(400)
                .body("code", is("VALIDATION_FAILED"))
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("censusYear", "population"));
        given().auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body("{\"keyPopulation\": 0, \"censusYear\": 2020}")
                .put("/api/v1/streets/" + street + "/population")
                .then().statusCode(400)
                .body("code", is("VALIDATION_FAILED"))
                .body("errors.field", org.hamcrest.Matchers.contains("population"));
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownStreet() {
        String body = "{\"population\": 100, \"keyPopulation\": 30, \"censusYear\": 2020}";
        for (String id : List.of(UUID.randomUUID().toString(), "not-a-street")) {
            given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(body)
                    .put("/api/v1/streets/" + id + "/population")
                    .then().statusCode(404).contentType("application/problem+json")
                    .body("code", is("RESOURCE_NOT_FOUND"));
        }
    }

    // --- the data set --------------------------------------------------------------------------

    /**
     * Who counts: the first five sign actively today (two of them key populations by age, one
     * by a confirmed tag); the rest probe the edges of "active", "today" and "key population":
     * 10 are signed, 5 of them key populations.
     */
    private static List<Resident> residents(LocalDate today) {
        LocalDate future = today.plusDays(200);
        List<SigningRow> active = List.of(new SigningRow("ACTIVE", future));
        LocalDate age30 = today.minusYears(30).minusDays(100);
        return List.of(
                new Resident("aged 70", today.minusYears(70).minusDays(40), null, active, true, true),
                new Resident("aged 3", today.minusYears(3).minusDays(40), null, active, true, true),
                new Resident("aged 30, confirmed tag", age30, "CONFIRMED", active, true, true),
                new Resident("aged 30, declared tag only", age30, "DECLARED", active, true, false),
                new Resident("aged 30, no tag", age30, null, active, true, false),
                new Resident("65 today", today.minusYears(65), null, active, true, true),
                new Resident("65 tomorrow", today.minusYears(65).plusDays(1), null, active, true, false),
                new Resident("7 today", today.minusYears(7), null, active, true, false),
                new Resident("7 tomorrow", today.minusYears(7).plusDays(1), null, active, true, true),
                new Resident("aged 30, signing ends today", age30, null,
                        List.of(new SigningRow("ACTIVE", today)), true, false),
                new Resident("aged 70, signing ended yesterday", today.minusYears(70), null,
                        List.of(new SigningRow("ACTIVE", today.minusDays(1))), false, false),
                new Resident("aged 70, pending", today.minusYears(70), null,
                        List.of(new SigningRow("PENDING", future)), false, false),
                new Resident("aged 3, terminated", today.minusYears(3), null,
                        List.of(new SigningRow("TERMINATED", future)), false, false),
                new Resident("aged 30, removed tag, terminated then lapsed", age30, "REMOVED",
                        List.of(new SigningRow("TERMINATED", future), new SigningRow("LAPSED", today.minusDays(3))),
                        false, false));
    }

    /** Signed and key-population signed persons of a data set, as the report must count them. */
    private static long[] counted(List<Resident> residents) {
        return new long[] { residents.stream().filter(Resident::signed).count(),
                residents.stream().filter(r -> r.signed() && r.keyPopulation()).count() };
    }

    private static long[] delta(Figures before, Figures after) {
        return new long[] { after.signed() - before.signed(), after.keyPopulationSigned() - before.keyPopulationSigned() };
    }

    /** Inserts the persons, their tags and their signings, all with one doctor of the centre. */
    private void seed(String centreCode, List<Resident> residents, LocalDate today) {
        OffsetDateTime now = OffsetDateTime.now(MutableClock.get());
        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            UUID centre = id(db, "SELECT id FROM institution WHERE code = ?", centreCode);
            UUID doctor = id(db, "SELECT id FROM doctor WHERE institution_id = ? AND family_doctor ORDER BY code LIMIT 1", centre);
            UUID districtHospital = id(db, "SELECT id FROM institution WHERE code = ?", "HOSP-TONGREN");
            UUID cityHospital = id(db, "SELECT id FROM institution WHERE code = ?", "CITY-HUADONG");
            UUID applicant = UUID.randomUUID();
            update(db, "INSERT INTO resident_account (id, phone_enc, phone_hash, created_at, last_login_at) VALUES (?, 'test', ?, ?, ?)",
                    applicant, hash(), now, now);
            UUID application = UUID.randomUUID();
            update(db, """
                    INSERT INTO signing_application (id, applicant_account_id, doctor_id, centre_id, district_hospital_id,
                        city_hospital_id, kind, status, agreement_version, agreement_accepted_at, applied_at, expires_at)
                    VALUES (?, ?, ?, ?, ?, ?, 'NEW', 'ACCEPTED', 'test', ?, ?, ?)""",
                    application, applicant, doctor, centre, districtHospital, cityHospital, now, now, now.plusDays(7));
            for (Resident resident : residents) {
                UUID person = UUID.randomUUID();
                update(db, """
                        INSERT INTO person (id, name, id_number_enc, id_number_hash, birth_date, sex, created_at, updated_at)
                        VALUES (?, ?, 'test', ?, ?, 'FEMALE', ?, ?)""",
                        person, "覆盖率测试", hash(), resident.birthDate(), now, now);
                if (resident.tagStatus() != null) {
                    update(db, """
                            INSERT INTO key_population_tag (id, person_id, tag, status, declared_at, updated_at)
                            VALUES (?, ?, 'HYPERTENSION', ?, ?, ?)""",
                            UUID.randomUUID(), person, resident.tagStatus(), now, now);
                }
                for (SigningRow signing : resident.signings()) {
                    update(db, """
                            INSERT INTO signing (id, application_id, person_id, doctor_id, centre_id, district_hospital_id,
                                city_hospital_id, kind, status, starts_on, ends_on, created_at, updated_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?, 'NEW', ?, ?, ?, ?, ?)""",
                            UUID.randomUUID(), application, person, doctor, centre, districtHospital, cityHospital,
                            signing.status(), signing.endsOn().minusYears(1), signing.endsOn(), now, now);
                }
            }
            db.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Seeding " + centreCode + " failed", e);
        }
    }

    private static UUID id(Connection db, String sql, Object parameter) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).as("a row for %s", parameter).isTrue();
                return rows.getObject(1, UUID.class);
            }
        }
    }

    private static void update(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    /** A fresh 64-character value for the unique keyed-hash columns. */
    private static String hash() {
        return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
    }

    // --- the API ---------------------------------------------------------------------------------

    private static void setPopulation(String admin, String streetCode, long population, long keyPopulation, int year) {
        given().auth().oauth2(admin).contentType("application/json")
                .body(Map.of("population", population, "keyPopulation", keyPopulation, "censusYear", year))
                .put("/api/v1/streets/" + Directory.streetId(streetCode) + "/population")
                .then().statusCode(200)
                .body("street.code", is(streetCode));
    }

    private CoverageReport report(String token) {
        String body = given().auth().oauth2(token).get("/api/v1/coverage").then().statusCode(200).extract().asString();
        try {
            return json.readValue(body, CoverageReport.class);
        } catch (java.io.IOException e) {
            throw new AssertionError("Unreadable report: " + body, e);
        }
    }

    private static Map<String, CentreCoverage> byCentre(CoverageReport report) {
        return report.centres().stream().collect(Collectors.toMap(c -> c.centre().code(), Function.identity()));
    }

    private static Map<String, StreetCoverage> byStreet(CoverageReport report) {
        return report.streets().stream().collect(Collectors.toMap(s -> s.street().code(), Function.identity()));
    }

    /** Today on the service's clock, moved past midnight first if midnight is minutes away. */
    private static LocalDate todayClearOfMidnight() {
        MutableClock clock = MutableClock.get();
        if (LocalTime.now(clock).isAfter(LocalTime.of(23, 55))) {
            clock.advanceToTomorrowAt(LocalTime.of(0, 5));
        }
        return LocalDate.now(clock);
    }
}
