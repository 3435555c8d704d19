package io.jiayi.signing.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.jiayi.common.error.ProblemCode;
import io.jiayi.common.error.ProblemException;
import io.jiayi.common.paging.PageRequest;
import io.jiayi.common.paging.PageResponse;
import io.jiayi.common.security.Caller;
import io.jiayi.identity.realname.RealNames;
import io.jiayi.signing.ActorKind;
import io.jiayi.signing.ApplicationStatus;
import io.jiayi.signing.Signing;
import io.jiayi.signing.SigningApplication;
import io.jiayi.signing.SigningConfig;
import io.jiayi.signing.SigningKind;
import io.jiayi.signing.SigningStatus;
import io.jiayi.signing.repository.DoctorPanelRepository;
import io.jiayi.signing.repository.SigningApplicationRepository;
import io.jiayi.signing.repository.SigningRepository;
import io.jiayi.signing.rest.SigningModels.ApplicationView;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * The care side answers applications: accept (every member of a household at once, within the
 * doctor's capacity) or reject with a reason. A renewal or switch ends the current signing in
 * the same transaction that starts its successor.
 */
@ApplicationScoped
public class SigningDecisions {

    private final SigningApplicationRepository applications;
    private final SigningRepository signings;
    private final DoctorPanelRepository panels;
    private final SigningHistory history;
    private final SigningApplicationViews views;
    private final RealNames realNames;
    private final SigningConfig config;
    private final Clock clock;

    public SigningDecisions(SigningApplicationRepository applications, SigningRepository signings,
            DoctorPanelRepository panels, SigningHistory history, SigningApplicationViews views, RealNames realNames,
            SigningConfig config, Clock clock) {
        this.applications = applications;
        this.signings = signings;
        this.panels = panels;
        this.history = history;
        this.views = views;
        this.realNames = realNames;
        this.config = config;
        this.clock = clock;
    }

    /** The applications the caller answers: a doctor's own, a centre's for its staff, all for admins. */
    @WithSession
    public Uni<PageResponse<ApplicationView>> worklist(Caller caller, ApplicationStatus status, PageRequest page) {
        var filter = new SigningApplicationRepository.Worklist(
                caller.admin() || !caller.doctor() ? null : caller.doctorId().orElseThrow(),
                caller.admin() || caller.doctor() ? null : caller.institutionId().orElseThrow(), status);
        LocalDate today = LocalDate.now(clock);
        return applications.worklist(filter, page).flatMap(found -> applications.countWorklist(filter)
                .flatMap(total -> (found.isEmpty() ? Uni.createFrom().item(List.<Signing> of())
                        : signings.ofApplications(found.stream().map(a -> a.id).toList()))
                        .map(members -> new PageResponse<>(found.stream()
                                .map(application -> SigningViews.application(application, members.stream()
                                        .filter(s -> s.application.id.equals(application.id)).toList(), today,
                                        realNames::idNumberOf))
                                .toList(), page.page(), page.size(), total))));
    }

    @WithTransaction
    public Uni<ApplicationView> accept(Caller caller, UUID applicationId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = LocalDate.now(clock);
        return pending(caller, applicationId, now).flatMap(application -> signings.ofApplication(applicationId)
                .flatMap(members -> {
                    UUID doctorId = application.doctor.id;
                    List<UUID> previousIds = members.stream().map(s -> s.previousSigningId)
                            .filter(java.util.Objects::nonNull).toList();
                    return (previousIds.isEmpty() ? Uni.createFrom().item(List.<Signing> of())
                            : signings.list("from Signing s join fetch s.doctor where s.id in ?1", previousIds))
                            .flatMap(previous -> {
                                long seats = members.stream().filter(s -> s.kind != SigningKind.RENEWAL).count();
                                return panels.ensure(doctorId, config.defaultPanelCapacity(), now)
                                        .flatMap(panel -> seats == 0 ? Uni.createFrom().item(1)
                                                : panels.take(doctorId, (int) seats, now))
                                        .flatMap(taken -> {
                                            if (taken == 0) {
                                                throw new ProblemException(ProblemCode.DOCTOR_PANEL_FULL);
                                            }
                                            return activate(caller, application, members, previous, now, today);
                                        });
                            });
                }))
                .flatMap(ignored -> views.of(applicationId));
    }

    @WithTransaction
    public Uni<ApplicationView> reject(Caller caller, UUID applicationId, String reason) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return pending(caller, applicationId, now).flatMap(application -> {
            application.status = ApplicationStatus.REJECTED;
            application.decidedAt = now;
            application.decidedBy = caller.accountId();
            application.decisionReason = reason;
            return signings.ofApplication(applicationId).flatMap(members -> {
                Uni<Void> chain = Uni.createFrom().voidItem();
                for (Signing signing : members) {
                    signing.status = SigningStatus.REJECTED;
                    signing.endedAt = now;
                    signing.updatedAt = now;
                    chain = chain.flatMap(ignored -> history.record(signing.id, SigningStatus.PENDING,
                            SigningStatus.REJECTED, SigningAccess.actorKind(caller), caller.accountId(), reason, now));
                }
                return chain;
            });
        }).flatMap(ignored -> views.of(applicationId));
    }

    /**
     * The application, locked, if it still waits for an answer and the caller may give it. It is
     * read under its lock, so its status is the one no other decision can change any more (a
     * refresh with a lock after a plain read is what Hibernate is phasing out).
     */
    private Uni<SigningApplication> pending(Caller caller, UUID applicationId, OffsetDateTime now) {
        return applications.find("from SigningApplication a join fetch a.doctor d join fetch d.institution"
                + " join fetch a.centre where a.id = ?1", applicationId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult()
                .onItem().ifNull().failWith(() -> ProblemException.notFound("signingApplication"))
                .invoke(application -> SigningAccess.requireCareSide(caller, application.doctor, application.centre))
                .invoke(application -> {
                    if (application.status != ApplicationStatus.PENDING || !application.expiresAt.isAfter(now)) {
                        throw new ProblemException(ProblemCode.APPLICATION_NOT_PENDING);
                    }
                });
    }

    private Uni<Void> activate(Caller caller, SigningApplication application, List<Signing> members,
            List<Signing> previous, OffsetDateTime now, LocalDate today) {
        application.status = ApplicationStatus.ACCEPTED;
        application.decidedAt = now;
        application.decidedBy = caller.accountId();
        ActorKind actor = SigningAccess.actorKind(caller);
        Uni<Void> chain = Uni.createFrom().voidItem();
        // First end what the new signings replace: one active signing per person, always.
        for (Signing old : previous) {
            Signing successor = members.stream().filter(s -> old.id.equals(s.previousSigningId)).findFirst().orElseThrow();
            SigningStatus ended = successor.kind == SigningKind.RENEWAL ? SigningStatus.RENEWED : SigningStatus.SWITCHED;
            chain = chain.flatMap(ignored -> signings.endActive(old.id, ended, now)).flatMap(changed -> {
                if (changed == 0) {
                    throw new ProblemException(ProblemCode.CONFLICT);
                }
                Uni<Integer> release = successor.kind == SigningKind.SWITCH ? panels.release(old.doctor.id, 1, now)
                        : Uni.createFrom().item(0);
                return release.flatMap(r -> history.record(old.id, SigningStatus.ACTIVE, ended, actor,
                        caller.accountId(), "replaced by " + successor.id, now));
            });
        }
        for (Signing signing : members) {
            Signing old = previous.stream().filter(p -> p.id.equals(signing.previousSigningId)).findFirst().orElse(null);
            chain = chain.flatMap(ignored -> {
                signing.status = SigningStatus.ACTIVE;
                signing.startsOn = today;
                // A renewal adds a full term to what is left, so renewing early loses nothing.
                signing.endsOn = (old != null && signing.kind == SigningKind.RENEWAL && old.endsOn.isAfter(today)
                        ? old.endsOn : today).plus(config.term());
                signing.updatedAt = now;
                return history.record(signing.id, SigningStatus.PENDING, SigningStatus.ACTIVE, actor,
                        caller.accountId(), null, now);
            });
        }
        return chain.call(() -> signings.flush());
    }

}
