package io.jiayi.followup.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.jiayi.common.persistence.SqlValues;
import io.jiayi.common.error.Constraints;
import io.jiayi.common.error.ProblemCode;
import io.jiayi.common.error.ProblemException;
import io.jiayi.common.security.Caller;
import io.jiayi.followup.FollowUpCondition;
import io.jiayi.followup.FollowUpConfig;
import io.jiayi.followup.FollowUpSchedule;
import io.jiayi.followup.PlanSource;
import io.jiayi.followup.PlanStatus;
import io.jiayi.followup.rest.FollowUpModels.FollowUpSummary;
import io.jiayi.followup.rest.FollowUpModels.PlanView;
import io.jiayi.followup.rest.FollowUpModels.PlansMade;
import io.jiayi.followup.rest.FollowUpModels.Skipped;
import io.jiayi.signing.KeyPopulation;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Follow-up plans: one per person and managed condition, made by the family doctor (directly or
 * from the signing's management plan) or by a downward referral through {@link #createPlan}.
 * A plan's due follow-ups are written when it is made, each issued with the latest version of the
 * condition's form.
 */
@ApplicationScoped
public class FollowUpPlans {

    /** What makes a plan, whoever asks: the family doctor over HTTP, or a downward referral. */
    public record PlanCommand(UUID personId, FollowUpCondition condition, Integer intervalDays, LocalDate firstDueOn,
            LocalDate until, PlanSource source, UUID sourceId, UUID createdBy) {
    }

    private static final String PLAN = """
            SELECT id, person_id, condition, form_code, interval_days, first_due_on, until, source, status, created_at,
                   cancelled_at, cancel_reason FROM follow_up_plan""";

    private final CareTeam careTeam;
    private final FollowUpForms forms;
    private final FollowUps followUps;
    private final FollowUpConfig config;
    private final Clock clock;

    public FollowUpPlans(CareTeam careTeam, FollowUpForms forms, FollowUps followUps, FollowUpConfig config,
            Clock clock) {
        this.careTeam = careTeam;
        this.forms = forms;
        this.followUps = followUps;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Makes a plan for a person with an ACTIVE signing, whose family doctor then follows it up.
     * For callers without HTTP (downward referrals); checks no caller.
     */
    @WithTransaction
    public Uni<PlanView> createPlan(PlanCommand command) {
        return careTeam.activeSigning(command.personId()).flatMap(signing -> {
            if (signing == null) {
                throw new ProblemException(ProblemCode.SIGNING_NOT_ACTIVE);
            }
            return create(signing, command);
        });
    }

    /** The family doctor makes a plan for a resident of their panel. */
    @WithTransaction
    public Uni<PlanView> createByDoctor(Caller caller, UUID personId, FollowUpCondition condition, Integer intervalDays,
            LocalDate firstDueOn, LocalDate until) {
        return careTeam.requireFamilyDoctor(caller, personId, "patient")
                .flatMap(signing -> create(signing, new PlanCommand(personId, condition, intervalDays, firstDueOn,
                        until, PlanSource.DOCTOR, null, caller.accountId())));
    }

    /**
     * One plan per condition of the signing's current management plan that is followed up and
     * has none yet, at the plan's frequency (never less often than the condition's interval).
     */
    @WithTransaction
    public Uni<PlansMade> createFromManagementPlan(Caller caller, UUID personId, LocalDate firstDueOn) {
        return careTeam.requireFamilyDoctor(caller, personId, "patient").flatMap(signing -> Panache.getSession()
                .flatMap(session -> session.createNativeQuery("""
                        SELECT i.id, i.condition, i.follow_ups_per_year FROM management_plan p
                        JOIN management_plan_item i ON i.plan_id = p.id
                        WHERE p.signing_id = :signing AND p.superseded_at IS NULL ORDER BY i.condition""", Object[].class)
                        .setParameter("signing", signing.signingId()).getResultList()
                        .flatMap(items -> items.isEmpty() ? planExists(signing.signingId()).map(exists -> {
                            if (!exists) {
                                throw ProblemException.notFound("managementPlan");
                            }
                            return items;
                        }) : Uni.createFrom().item(items)))
                .flatMap(items -> activeConditions(personId).flatMap(active -> {
                    List<PlanView> created = new ArrayList<>();
                    List<Skipped> skipped = new ArrayList<>();
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (Object[] item : items) {
                        KeyPopulation population = KeyPopulation.valueOf((String) item[1]);
                        int perYear = SqlValues.integer(item[2]);
                        var condition = FollowUpCondition.of(population);
                        if (condition.isEmpty()) {
                            skipped.add(new Skipped(population.name(), "NOT_FOLLOWED_UP"));
                            continue;
                        }
                        var settings = config.condition(condition.get());
                        if (settings.isEmpty()) {
                            skipped.add(new Skipped(population.name(), "NOT_CONFIGURED"));
                        } else if (perYear == 0) {
                            skipped.add(new Skipped(population.name(), "NO_FOLLOW_UPS"));
                        } else if (active.contains(condition.get().name())) {
                            skipped.add(new Skipped(population.name(), "PLAN_EXISTS"));
                        } else {
                            active.add(condition.get().name());
                            int interval = Math.max(7, Math.min(settings.get().intervalDays(), 365 / perYear));
                            PlanCommand command = new PlanCommand(personId, condition.get(), interval, firstDueOn, null,
                                    PlanSource.MANAGEMENT_PLAN, SqlValues.uuid(item[0]), caller.accountId());
                            chain = chain.flatMap(ignored -> create(signing, command)).invoke(created::add)
                                    .replaceWithVoid();
                        }
                    }
                    return chain.map(ignored -> new PlansMade(created, skipped));
                })));
    }

    @WithTransaction
    public Uni<PlanView> cancel(Caller caller, UUID planId, String reason) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return ownPlan(caller, planId).flatMap(plan -> Panache.getSession().flatMap(session -> session
                .createNativeQuery("""
                        UPDATE follow_up_plan SET status = 'CANCELLED', cancelled_at = :now, cancelled_by = :by,
                               cancel_reason = :reason WHERE id = :id AND status = 'ACTIVE'""")
                .setParameter("now", now).setParameter("by", caller.accountId()).setParameter("reason", reason)
                .setParameter("id", planId).executeUpdate()
                .invoke(changed -> {
                    if (changed == 0) {
                        throw new ProblemException(ProblemCode.FOLLOW_UP_PLAN_NOT_ACTIVE);
                    }
                })
                .flatMap(changed -> session.createNativeQuery(
                        "UPDATE follow_up SET status = 'CANCELLED' WHERE plan_id = :id AND status = 'PENDING'")
                        .setParameter("id", planId).executeUpdate())))
                .flatMap(cancelled -> view(planId));
    }

    @WithSession
    public Uni<PlanView> get(Caller caller, UUID planId) {
        return ownPlan(caller, planId).flatMap(plan -> view(planId));
    }

    /** A resident's plans, newest first, for their family doctor. */
    @WithSession
    public Uni<List<PlanView>> ofPatient(Caller caller, UUID personId) {
        return careTeam.requireFamilyDoctor(caller, personId, "patient")
                .flatMap(signing -> Panache.getSession().flatMap(session -> session
                        .createNativeQuery(PLAN + " WHERE person_id = :person ORDER BY created_at DESC", Object[].class)
                        .setParameter("person", personId).getResultList()))
                .flatMap(rows -> {
                    Uni<List<PlanView>> all = Uni.createFrom().item(new ArrayList<>());
                    for (Object[] row : rows) {
                        all = all.flatMap(views -> followUps.ofPlan(SqlValues.uuid(row[0])).map(list -> {
                            views.add(view(row, list));
                            return views;
                        }));
                    }
                    return all;
                });
    }

    private Uni<PlanView> create(CareTeam.ActiveSigning signing, PlanCommand command) {
        var settings = config.condition(command.condition()).orElseThrow(
                () -> new ProblemException(ProblemCode.FOLLOW_UP_CONDITION_NOT_MANAGED, command.condition().name()));
        int interval = command.intervalDays() == null ? settings.intervalDays() : command.intervalDays();
        if (interval > settings.maxIntervalDays()) {
            throw new ProblemException(ProblemCode.FOLLOW_UP_INTERVAL_TOO_LONG,
                    Map.of("maxIntervalDays", settings.maxIntervalDays()), command.condition().name(),
                    settings.maxIntervalDays());
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate first = command.firstDueOn() == null ? today.plusDays(interval) : command.firstDueOn();
        if (first.isBefore(today)) {
            throw ProblemException.invalidField("firstDueOn", "field.firstDueOn.past");
        }
        LocalDate until = command.until() == null ? first.plusDays(config.planDays()) : command.until();
        if (until.isBefore(first) || until.isAfter(first.plusYears(5))) {
            throw ProblemException.invalidField("until", "field.until.range");
        }
        UUID planId = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(clock);
        var occurrences = FollowUpSchedule.of(first, interval, until, config.windowOpensDaysBefore(),
                config.windowClosesDaysAfter());
        return forms.latest(settings.form())
                .onItem().ifNull().failWith(() -> new ProblemException(ProblemCode.FOLLOW_UP_CONDITION_NOT_MANAGED,
                        command.condition().name()))
                .flatMap(form -> activeConditions(command.personId()).invoke(active -> {
                    if (active.contains(command.condition().name())) {
                        throw new ProblemException(ProblemCode.FOLLOW_UP_PLAN_EXISTS, command.condition().name());
                    }
                }).flatMap(checked -> Panache.getSession().flatMap(session -> session.createNativeQuery("""
                        INSERT INTO follow_up_plan (id, person_id, signing_id, doctor_id, condition, form_code,
                            interval_days, first_due_on, until, source, source_id, status, created_at, created_by)
                        VALUES (:id, :person, :signing, :doctor, :condition, :form, :interval, :first, :until, :source,
                            :sourceId, 'ACTIVE', :now, :by)""")
                        .setParameter("id", planId).setParameter("person", command.personId())
                        .setParameter("signing", signing.signingId()).setParameter("doctor", signing.doctorId())
                        .setParameter("condition", command.condition().name()).setParameter("form", settings.form())
                        .setParameter("interval", interval).setParameter("first", first).setParameter("until", until)
                        .setParameter("source", command.source().name()).setParameter("sourceId", command.sourceId())
                        .setParameter("now", now).setParameter("by", command.createdBy()).executeUpdate()
                        .onFailure(e -> Constraints.violated(e, "follow_up_plan_one_active"))
                        .transform(e -> new ProblemException(ProblemCode.FOLLOW_UP_PLAN_EXISTS,
                                command.condition().name()))
                        .flatMap(inserted -> {
                            Uni<Void> chain = Uni.createFrom().voidItem();
                            for (var occurrence : occurrences) {
                                chain = chain.flatMap(ignored -> session.createNativeQuery("""
                                        INSERT INTO follow_up (id, plan_id, person_id, seq, due_on, opens_on, closes_on,
                                                               form_id, status)
                                        VALUES (:id, :plan, :person, :seq, :due, :opens, :closes, :form, 'PENDING')""")
                                        .setParameter("id", UUID.randomUUID()).setParameter("plan", planId)
                                        .setParameter("person", command.personId())
                                        .setParameter("seq", occurrence.seq()).setParameter("due", occurrence.dueOn())
                                        .setParameter("opens", occurrence.opensOn())
                                        .setParameter("closes", occurrence.closesOn()).setParameter("form", form.id())
                                        .executeUpdate().replaceWithVoid());
                            }
                            return chain;
                        }))))
                .flatMap(done -> view(planId));
    }

    private Uni<List<String>> activeConditions(UUID personId) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                "SELECT condition FROM follow_up_plan WHERE person_id = :person AND status = 'ACTIVE'", String.class)
                .setParameter("person", personId).getResultList())
                .map(ArrayList::new);
    }

    private Uni<Boolean> planExists(UUID signingId) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                "SELECT count(*) FROM management_plan WHERE signing_id = :signing AND superseded_at IS NULL", Long.class)
                .setParameter("signing", signingId).getSingleResult()).map(n -> n > 0);
    }

    /** A plan of a resident the caller is the family doctor of, or 404. */
    private Uni<Object[]> ownPlan(Caller caller, UUID planId) {
        CareTeam.doctorOf(caller);
        return Panache.getSession().flatMap(session -> session
                .createNativeQuery(PLAN + " WHERE id = :id", Object[].class).setParameter("id", planId)
                .getSingleResultOrNull())
                .onItem().ifNull().failWith(() -> ProblemException.notFound("followUpPlan"))
                .call(plan -> careTeam.requireFamilyDoctor(caller, SqlValues.uuid(plan[1]), "followUpPlan"));
    }

    private Uni<PlanView> view(UUID planId) {
        return Panache.getSession().flatMap(session -> session
                .createNativeQuery(PLAN + " WHERE id = :id", Object[].class).setParameter("id", planId)
                .getSingleResult())
                .flatMap(row -> followUps.ofPlan(planId).map(list -> view(row, list)));
    }

    private static PlanView view(Object[] row, List<FollowUpSummary> followUps) {
        return new PlanView(SqlValues.text(row[0]), SqlValues.text(row[1]), FollowUpCondition.valueOf((String) row[2]),
                (String) row[3], SqlValues.integer(row[4]), SqlValues.localDate(row[5]), SqlValues.localDate(row[6]),
                PlanSource.valueOf((String) row[7]), PlanStatus.valueOf((String) row[8]), SqlValues.offsetDateTime(row[9]),
                SqlValues.offsetDateTime(row[10]), (String) row[11], followUps);
    }
}
