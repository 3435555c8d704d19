package io.jiayi.reports.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.jiayi.common.security.Caller;
import io.jiayi.identity.access.PatientAccess;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Who may read a report: the patient and residents managing them (once it is released, from any
 * institution of the district: results are mutually recognised), the family doctor of an ACTIVE
 * signing with the patient, staff of the institution that sent it, administrators. Nobody else
 * learns that it exists. Call inside a session.
 */
@ApplicationScoped
public class ReportAccess {

    private final PatientAccess patientAccess;

    public ReportAccess(PatientAccess patientAccess) {
        this.patientAccess = patientAccess;
    }

    public Uni<Boolean> mayRead(Caller caller, ReportViews.Header report) {
        if (caller.admin()) {
            return Uni.createFrom().item(true);
        }
        if (caller.staff()) {
            return Uni.createFrom().item(caller.institutionId().filter(report.institutionId()::equals).isPresent());
        }
        if (caller.doctor()) {
            return caller.doctorId().map(doctor -> signedWith(doctor, report.personId()))
                    .orElseGet(() -> Uni.createFrom().item(false));
        }
        if (caller.resident() && report.released()) {
            return patientAccess.actFor(caller.accountId(), report.personId()).map(acting -> true)
                    .onFailure().recoverWithItem(false);
        }
        return Uni.createFrom().item(false);
    }

    /** Whether the person has an ACTIVE signing with this family doctor. */
    public Uni<Boolean> signedWith(UUID doctorId, UUID personId) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                SELECT count(*) FROM signing WHERE doctor_id = :doctor AND person_id = :person AND status = 'ACTIVE'""",
                Long.class).setParameter("doctor", doctorId).setParameter("person", personId).getSingleResult())
                .map(count -> count > 0);
    }

    /** The resident's own person and their ACTIVE members: whose reports they may list. */
    public Uni<java.util.List<UUID>> patientsOf(UUID residentAccountId) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                SELECT person_id FROM resident_account WHERE id = :account AND person_id IS NOT NULL
                UNION
                SELECT person_id FROM managed_member WHERE manager_id = :account AND status = 'ACTIVE'""", UUID.class)
                .setParameter("account", residentAccountId).getResultList());
    }
}
