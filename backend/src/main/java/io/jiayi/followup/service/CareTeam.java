package io.jiayi.followup.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.jiayi.common.persistence.SqlValues;
import io.jiayi.common.error.ProblemCode;
import io.jiayi.common.error.ProblemException;
import io.jiayi.common.security.Caller;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Who cares for a person's follow-ups: the family doctor of their ACTIVE signing. A doctor who is
 * not (or no longer) that doctor learns nothing: the person is simply not found. Call inside a session.
 */
@ApplicationScoped
public class CareTeam {

    /** The person's active signing and its doctor. */
    public record ActiveSigning(UUID signingId, UUID doctorId, UUID personId) {
    }

    /** The active signing of a person, or null. */
    public Uni<ActiveSigning> activeSigning(UUID personId) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                "SELECT id, doctor_id FROM signing WHERE person_id = :person AND status = 'ACTIVE'", Object[].class)
                .setParameter("person", personId).getSingleResultOrNull())
                .map(row -> row == null ? null : new ActiveSigning(SqlValues.uuid(row[0]), SqlValues.uuid(row[1]), personId));
    }

    /** The caller's doctor id; accounts that are no doctor are refused (403). */
    public static UUID doctorOf(Caller caller) {
        return caller.doctorId().orElseThrow(() -> new ProblemException(ProblemCode.FORBIDDEN));
    }

    /** The active signing, if the caller is its family doctor; else 404 naming {@code resource}. */
    public Uni<ActiveSigning> requireFamilyDoctor(Caller caller, UUID personId, String resource) {
        UUID doctorId = doctorOf(caller);
        return activeSigning(personId).map(signing -> {
            if (signing == null || !signing.doctorId().equals(doctorId)) {
                throw ProblemException.notFound(resource);
            }
            return signing;
        });
    }
}
