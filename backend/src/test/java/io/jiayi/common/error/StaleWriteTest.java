package io.jiayi.common.error;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.jiayi.booking.BookingRule;
import io.jiayi.booking.Schedule;
import io.jiayi.identity.account.ResidentAccount;
import io.jiayi.identity.account.StaffAccount;
import io.jiayi.identity.member.ManagedMember;
import io.jiayi.partner.PartnerApp;
import io.jiayi.support.Residents;
import io.quarkus.test.junit.QuarkusTest;

/** A write over a change committed since its read is refused and answered 409, never a lost update. */
@QuarkusTest
class StaleWriteTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Mutiny.SessionFactory sessions;

    @Test
    void aWriteOverAChangeCommittedSinceItsReadIsAnswered409AndTheOtherChangeStays() throws Exception {
        String personId = Residents.registered().patientId();
        long versionBefore = account(personId).version();

        given().header("Accept-Language", "en").post("/test/stale-write/account-of/" + personId)
                .then().statusCode(409).contentType("application/problem+json").body("code", is("CONFLICT"));

        // The other connection's change is there, the stale copy's is not.
        Account after = account(personId);
        assertThat(after.version()).isEqualTo(versionBefore + 1);
        assertThat(after.lastLoginAt()).isNotNull().isNotEqualTo(StaleWriteResource.STALE_LOGIN);
    }

    @Test
    void theRowsReadAndWrittenBackByTheApplicationCarryAVersion() {
        for (Class<?> entity : List.of(ResidentAccount.class, StaffAccount.class, ManagedMember.class, PartnerApp.class,
                Schedule.class, BookingRule.class)) {
            assertThat(sessions.getMetamodel().entity(entity).hasVersionAttribute()).as(entity.getSimpleName()).isTrue();
        }
    }

    private record Account(long version, OffsetDateTime lastLoginAt) {
    }

    private Account account(String personId) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(
                "SELECT version, last_login_at FROM resident_account WHERE person_id = ?")) {
            query.setObject(1, UUID.fromString(personId));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return new Account(row.getLong(1), row.getObject(2, OffsetDateTime.class));
            }
        }
    }
}
