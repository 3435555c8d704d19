package io.jiayi.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.jiayi.common.error.ProblemCode;
import io.jiayi.directory.Doctor;

class SigningPolicyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final Period WINDOW = Period.ofDays(60);
    private static final UUID DOCTOR = UUID.randomUUID();

    private static Signing signing(SigningStatus status, UUID doctorId, LocalDate endsOn) {
        Signing signing = new Signing();
        signing.status = status;
        signing.doctor = new Doctor();
        signing.doctor.id = doctorId;
        signing.endsOn = endsOn;
        return signing;
    }

    @Test
    void someoneWithoutASigningSignsAnew() {
        assertThat(SigningPolicy.decide(List.of(), DOCTOR, TODAY, WINDOW))
                .isEqualTo(new SigningPolicy.Allowed(SigningKind.NEW));
    }

    @Test
    void anOpenApplicationBlocksAnother() {
        assertThat(SigningPolicy.decide(List.of(signing(SigningStatus.PENDING, DOCTOR, null)), DOCTOR, TODAY, WINDOW))
                .isEqualTo(new SigningPolicy.Blocked(ProblemCode.APPLICATION_ALREADY_PENDING, Optional.empty()));
    }

    @Test
    void anotherDoctorMeansASwitch() {
        assertThat(SigningPolicy.decide(List.of(signing(SigningStatus.ACTIVE, UUID.randomUUID(), TODAY.plusMonths(6))),
                DOCTOR, TODAY, WINDOW)).isEqualTo(new SigningPolicy.Allowed(SigningKind.SWITCH));
    }

    @Test
    void theSameDoctorIsARenewalOnlyInsideTheWindow() {
        LocalDate endsOn = TODAY.plusDays(61);
        assertThat(SigningPolicy.decide(List.of(signing(SigningStatus.ACTIVE, DOCTOR, endsOn)), DOCTOR, TODAY, WINDOW))
                .isEqualTo(new SigningPolicy.Blocked(ProblemCode.ALREADY_SIGNED_WITH_DOCTOR,
                        Optional.of(TODAY.plusDays(1))));
        assertThat(SigningPolicy.decide(List.of(signing(SigningStatus.ACTIVE, DOCTOR, TODAY.plusDays(60))), DOCTOR,
                TODAY, WINDOW)).isEqualTo(new SigningPolicy.Allowed(SigningKind.RENEWAL));
    }
}
