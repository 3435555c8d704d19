package io.jiayi.signing.service;

import java.util.UUID;

import io.jiayi.common.error.ProblemCode;
import io.jiayi.common.error.ProblemException;
import io.jiayi.common.security.Caller;
import io.jiayi.directory.Doctor;
import io.jiayi.directory.Institution;
import io.jiayi.signing.ActorKind;

/**
 * Who may act on a signing from the care side: its doctor, staff of its centre (or of the
 * doctor's branch), or an administrator. Anyone else is refused with 403.
 */
final class SigningAccess {

    private SigningAccess() {
    }

    static void requireCareSide(Caller caller, Doctor doctor, Institution centre) {
        if (caller.admin()) {
            return;
        }
        if (caller.doctor() && caller.doctorId().filter(doctor.id::equals).isPresent()) {
            return;
        }
        if (caller.staff() && caller.institutionId()
                .filter(id -> id.equals(centre.id) || id.equals(doctor.institution.id)).isPresent()) {
            return;
        }
        throw new ProblemException(ProblemCode.FORBIDDEN);
    }

    static ActorKind actorKind(Caller caller) {
        if (caller.admin()) {
            return ActorKind.ADMIN;
        }
        if (caller.doctor()) {
            return ActorKind.DOCTOR;
        }
        return caller.staff() ? ActorKind.STAFF : ActorKind.RESIDENT;
    }
}
