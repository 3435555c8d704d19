package io.jiayi.signing.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.jiayi.common.error.ProblemCode;
import io.jiayi.common.error.ProblemException;
import io.jiayi.common.security.Caller;
import io.jiayi.signing.HealthAssessment;
import io.jiayi.signing.ManagementPlan;
import io.jiayi.signing.ManagementPlanItem;
import io.jiayi.signing.Signing;
import io.jiayi.signing.SigningStatus;
import io.jiayi.signing.repository.SigningRepository;
import io.jiayi.signing.rest.SigningModels.AssessmentRequest;
import io.jiayi.signing.rest.SigningModels.AssessmentView;
import io.jiayi.signing.rest.SigningModels.EventView;
import io.jiayi.signing.rest.SigningModels.PlanItem;
import io.jiayi.signing.rest.SigningModels.PlanRequest;
import io.jiayi.signing.rest.SigningModels.PlanView;
import io.jiayi.signing.rest.SigningModels.SigningView;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * What the care side keeps of a signed resident: health assessments, the management plan that
 * later follow-ups hang on, and the signing's history.
 */
@ApplicationScoped
public class CareRecords {

    private final SigningRepository signings;
    private final SigningHistory history;
    private final Clock clock;

    public CareRecords(SigningRepository signings, SigningHistory history, Clock clock) {
        this.signings = signings;
        this.history = history;
        this.clock = clock;
    }

    @WithSession
    public Uni<SigningView> signing(Caller caller, UUID signingId) {
        return careSide(caller, signingId).map(SigningViews::signing);
    }

    @WithSession
    public Uni<List<EventView>> events(Caller caller, UUID signingId) {
        return careSide(caller, signingId)
                .flatMap(signing -> history.of(signingId).map(list -> list.stream().map(SigningViews::event).toList()));
    }

    @WithTransaction
    public Uni<AssessmentView> assess(Caller caller, UUID signingId, AssessmentRequest request) {
        return active(caller, signingId).flatMap(signing -> {
            HealthAssessment assessment = new HealthAssessment();
            assessment.id = UUID.randomUUID();
            assessment.signingId = signing.id;
            assessment.personId = signing.person.id;
            assessment.doctorId = signing.doctor.id;
            assessment.assessedAt = OffsetDateTime.now(clock);
            assessment.heightCm = request.heightCm();
            assessment.weightKg = request.weightKg();
            assessment.systolicMmhg = request.systolicMmhg();
            assessment.diastolicMmhg = request.diastolicMmhg();
            assessment.fastingGlucoseMmol = request.fastingGlucoseMmol();
            assessment.smoking = request.smoking();
            assessment.notes = request.notes();
            return Panache.getSession().flatMap(session -> session.persist(assessment)).replaceWith(assessment);
        }).map(SigningViews::assessment);
    }

    @WithSession
    public Uni<List<AssessmentView>> assessments(Caller caller, UUID signingId) {
        return careSide(caller, signingId).flatMap(signing -> Panache.getSession()
                .flatMap(session -> session.createSelectionQuery(
                        "from HealthAssessment a where a.signingId = ?1 order by a.assessedAt", HealthAssessment.class)
                        .setParameter(1, signingId).getResultList()))
                .map(list -> list.stream().map(SigningViews::assessment).toList());
    }

    /** Sets the plan; the previous one is kept, superseded, for the record. */
    @WithTransaction
    public Uni<PlanView> plan(Caller caller, UUID signingId, PlanRequest request) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return active(caller, signingId).flatMap(signing -> Panache.getSession().flatMap(session -> session
                .createMutationQuery("update ManagementPlan p set p.supersededAt = ?1 where p.signingId = ?2"
                        + " and p.supersededAt is null")
                .setParameter(1, now).setParameter(2, signingId).executeUpdate()
                .flatMap(ignored -> {
                    ManagementPlan plan = new ManagementPlan();
                    plan.id = UUID.randomUUID();
                    plan.signingId = signing.id;
                    plan.personId = signing.person.id;
                    plan.doctorId = signing.doctor.id;
                    plan.summary = request.summary();
                    plan.createdAt = now;
                    List<ManagementPlanItem> items = request.items().stream().map(item -> {
                        ManagementPlanItem entity = new ManagementPlanItem();
                        entity.id = UUID.randomUUID();
                        entity.planId = plan.id;
                        entity.condition = item.condition();
                        entity.followUpsPerYear = item.followUpsPerYear();
                        entity.goals = item.goals();
                        return entity;
                    }).toList();
                    return session.persist(plan).flatMap(saved -> session.persistAll(items.toArray()))
                            .replaceWith(view(plan, items));
                })));
    }

    @WithSession
    public Uni<PlanView> currentPlan(Caller caller, UUID signingId) {
        return careSide(caller, signingId).flatMap(signing -> Panache.getSession().flatMap(session -> session
                .createSelectionQuery("from ManagementPlan p where p.signingId = ?1 and p.supersededAt is null",
                        ManagementPlan.class)
                .setParameter(1, signingId).getSingleResultOrNull()
                .onItem().ifNull().failWith(() -> ProblemException.notFound("managementPlan"))
                .flatMap(plan -> session.createSelectionQuery("from ManagementPlanItem i where i.planId = ?1",
                        ManagementPlanItem.class).setParameter(1, plan.id).getResultList()
                        .map(items -> view(plan, items)))));
    }

    private Uni<Signing> active(Caller caller, UUID signingId) {
        return careSide(caller, signingId).invoke(signing -> {
            if (signing.status != SigningStatus.ACTIVE) {
                throw new ProblemException(ProblemCode.SIGNING_NOT_ACTIVE);
            }
        });
    }

    private Uni<Signing> careSide(Caller caller, UUID signingId) {
        return signings.findFull(signingId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("signing"))
                .call(signing -> Panache.getSession().flatMap(session -> session.fetch(signing.doctor.institution)))
                .invoke(signing -> SigningAccess.requireCareSide(caller, signing.doctor, signing.centre));
    }

    private static PlanView view(ManagementPlan plan, List<ManagementPlanItem> items) {
        return new PlanView(plan.id.toString(), plan.signingId.toString(), plan.summary, plan.createdAt,
                items.stream().map(i -> new PlanItem(i.condition, i.followUpsPerYear, i.goals)).toList());
    }
}
