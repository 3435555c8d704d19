package io.jiayi.signing;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.jiayi.common.error.ProblemCode;

/**
 * Whether a person may apply to sign with a doctor, and as what: a first signing, a renewal with
 * the same doctor inside the renewal window, or a switch to another doctor. One open application
 * and one active signing per person.
 */
public final class SigningPolicy {

    public sealed interface Decision {
    }

    public record Allowed(SigningKind kind) implements Decision {
    }

    public record Blocked(ProblemCode code, Optional<LocalDate> renewalOpensOn) implements Decision {
    }

    private SigningPolicy() {
    }

    /**
     * @param open the person's PENDING and ACTIVE signings
     */
    public static Decision decide(List<Signing> open, UUID doctorId, LocalDate today, Period renewalWindow) {
        if (open.stream().anyMatch(s -> s.status == SigningStatus.PENDING)) {
            return new Blocked(ProblemCode.APPLICATION_ALREADY_PENDING, Optional.empty());
        }
        Optional<Signing> active = open.stream().filter(s -> s.status == SigningStatus.ACTIVE).findFirst();
        if (active.isEmpty()) {
            return new Allowed(SigningKind.NEW);
        }
        Signing current = active.get();
        if (!current.doctor.id.equals(doctorId)) {
            return new Allowed(SigningKind.SWITCH);
        }
        LocalDate opensOn = current.endsOn.minus(renewalWindow);
        return today.isBefore(opensOn) ? new Blocked(ProblemCode.ALREADY_SIGNED_WITH_DOCTOR, Optional.of(opensOn))
                : new Allowed(SigningKind.RENEWAL);
    }
}
