package io.jiayi.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.jiayi.common.security.Caller;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The audit trail of reads of health data (reports, follow-ups, ...): who, whose data, what,
 * when and from where. Features call {@link #read} in the transaction that reads, so a read that
 * is answered is always recorded. Entries are append-only (see the V10 migration).
 */
@ApplicationScoped
public class AuditLog {

    /** Where a request came from, as the resource sees it. */
    public record Origin(String address, String traceId) {
    }

    private final Clock clock;

    public AuditLog(Clock clock) {
        this.clock = clock;
    }

    /** Records that {@code caller} read {@code resourceType} {@code resourceId} of {@code personId}; call inside a transaction. */
    public Uni<Void> read(Caller caller, UUID personId, String resourceType, UUID resourceId, Origin origin) {
        return record(caller, personId, "READ", resourceType, resourceId, origin);
    }

    /** Records any action on a person's health data; call inside a transaction. */
    public Uni<Void> record(Caller caller, UUID personId, String action, String resourceType, UUID resourceId,
            Origin origin) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                INSERT INTO audit_entry (id, at, actor_account_id, actor_role, actor_institution_id, subject_person_id,
                                         action, resource_type, resource_id, address, trace_id)
                VALUES (:id, :at, :actor, :role, :institution, :person, :action, :type, :resource, :address, :trace)""")
                .setParameter("id", UUID.randomUUID()).setParameter("at", OffsetDateTime.now(clock))
                .setParameter("actor", caller.accountId()).setParameter("role", caller.roleName())
                .setParameter("institution", caller.institutionId().orElse(null)).setParameter("person", personId)
                .setParameter("action", action).setParameter("type", resourceType).setParameter("resource", resourceId)
                .setParameter("address", origin == null ? null : origin.address())
                .setParameter("trace", origin == null ? null : origin.traceId())
                .executeUpdate()).replaceWithVoid();
    }
}
