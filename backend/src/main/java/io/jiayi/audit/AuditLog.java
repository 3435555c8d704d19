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

        /** The client's address and the trace id of the request. */
        public static Origin of(io.vertx.ext.web.RoutingContext request) {
            var address = request.request().remoteAddress();
            return new Origin(address == null ? null : address.hostAddress(), io.jiayi.common.web.TraceIds.of(request));
        }
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
        return recordAll(caller, action, java.util.List.of(new Subject(personId, resourceType, resourceId)), origin);
    }

    /** One thing read: whose data, what, which. */
    public record Subject(UUID personId, String resourceType, UUID resourceId) {
    }

    /** Records one {@code action} on each subject (a list's rows) in one statement; call inside a transaction. */
    public Uni<Void> recordAll(Caller caller, String action, java.util.List<Subject> subjects, Origin origin) {
        if (subjects.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < subjects.size(); i++) {
            values.append(i == 0 ? "" : ", ").append("(gen_random_uuid(), :at, :actor, :role, :institution, :person")
                    .append(i).append(", :action, :type").append(i).append(", :resource").append(i)
                    .append(", :address, :trace)");
        }
        return Panache.getSession().flatMap(session -> {
            var insert = session.createNativeQuery("INSERT INTO audit_entry (id, at, actor_account_id, actor_role,"
                    + " actor_institution_id, subject_person_id, action, resource_type, resource_id, address, trace_id)"
                    + " VALUES " + values)
                    .setParameter("at", OffsetDateTime.now(clock)).setParameter("actor", caller.accountId())
                    .setParameter("role", caller.roleName()).setParameter("institution", caller.institutionId().orElse(null))
                    .setParameter("action", action).setParameter("address", origin == null ? null : origin.address())
                    .setParameter("trace", origin == null ? null : origin.traceId());
            for (int i = 0; i < subjects.size(); i++) {
                insert.setParameter("person" + i, subjects.get(i).personId())
                        .setParameter("type" + i, subjects.get(i).resourceType())
                        .setParameter("resource" + i, subjects.get(i).resourceId());
            }
            return insert.executeUpdate();
        }).replaceWithVoid();
    }
}
