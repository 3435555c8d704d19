package io.jiayi.followup.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.jiayi.common.persistence.SqlValues;
import io.jiayi.common.error.ProblemCode;
import io.jiayi.common.error.ProblemException;
import io.jiayi.common.error.ProblemException.FieldProblem;
import io.jiayi.followup.FollowUpForm;
import io.jiayi.followup.FollowUpForm.Option;
import io.jiayi.followup.FollowUpForm.Question;
import io.jiayi.followup.QuestionType;
import io.jiayi.followup.Reading;
import io.jiayi.followup.rest.FollowUpModels.FormView;
import io.jiayi.followup.rest.FollowUpModels.NewFormVersion;
import io.jiayi.followup.rest.FollowUpModels.OptionView;
import io.jiayi.followup.rest.FollowUpModels.QuestionView;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Versioned follow-up forms. A published version never changes, so versions are kept in memory
 * once read. Publishing a new version re-issues the follow-ups whose window has not opened yet;
 * those already open keep the version they were issued with.
 */
@ApplicationScoped
public class FollowUpForms {

    private final Map<UUID, FollowUpForm> published = new ConcurrentHashMap<>();
    private final Clock clock;

    public FollowUpForms(Clock clock) {
        this.clock = clock;
    }

    /** A version by id, or null; call inside a session. */
    public Uni<FollowUpForm> byId(UUID id) {
        FollowUpForm known = published.get(id);
        if (known != null) {
            return Uni.createFrom().item(known);
        }
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                "SELECT id, code, version, title, published_at FROM follow_up_form WHERE id = :id", Object[].class)
                .setParameter("id", id).getSingleResultOrNull()
                .flatMap(form -> form == null ? Uni.createFrom().nullItem() : session.createNativeQuery("""
                        SELECT code, label, type, required, unit, min_value, max_value, decimals, max_length,
                               allow_future, reading FROM follow_up_question WHERE form_id = :id ORDER BY position""",
                        Object[].class).setParameter("id", id).getResultList()
                        .flatMap(questions -> session.createNativeQuery("""
                                SELECT question_code, code, label FROM follow_up_question_option WHERE form_id = :id
                                ORDER BY question_code, position""", Object[].class).setParameter("id", id)
                                .getResultList()
                                .map(options -> assemble(form, questions, options)))))
                .invoke(form -> {
                    if (form != null) {
                        published.put(form.id(), form);
                    }
                });
    }

    /** The latest version of a form code, or null; call inside a session. */
    public Uni<FollowUpForm> latest(String code) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                "SELECT id FROM follow_up_form WHERE code = :code ORDER BY version DESC LIMIT 1", Object.class)
                .setParameter("code", code).getSingleResultOrNull())
                .flatMap(id -> id == null ? Uni.createFrom().nullItem() : byId(SqlValues.uuid(id)));
    }

    @WithSession
    public Uni<FormView> get(UUID id) {
        return byId(id).onItem().ifNull().failWith(() -> ProblemException.notFound("followUpForm"))
                .map(FollowUpForms::view);
    }

    /** Every version, newest first; of one code when given. */
    @WithSession
    public Uni<List<FormView>> list(String code) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                SELECT id FROM follow_up_form WHERE (CAST(:code AS varchar) IS NULL OR code = :code)
                ORDER BY code, version DESC""", Object.class).setParameter("code", code).getResultList())
                .flatMap(ids -> {
                    Uni<List<FormView>> all = Uni.createFrom().item(new ArrayList<>());
                    for (Object id : ids) {
                        all = all.flatMap(views -> byId(SqlValues.uuid(id)).map(form -> {
                            views.add(view(form));
                            return views;
                        }));
                    }
                    return all;
                });
    }

    /** Publishes the next version of {@code code}; pending follow-ups not yet open move to it. */
    @WithTransaction
    public Uni<FormView> publish(NewFormVersion request) {
        List<FieldProblem> problems = problems(request.questions());
        if (!problems.isEmpty()) {
            return Uni.createFrom().failure(ProblemException.invalidFields(ProblemCode.VALIDATION_FAILED, problems));
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = now.atZoneSameInstant(clock.getZone()).toLocalDate();
        UUID id = UUID.randomUUID();
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                "SELECT pg_advisory_xact_lock(hashtext('follow_up_form:' || :code))", Object.class)
                .setParameter("code", request.code()).getSingleResult()
                .flatMap(locked -> session.createNativeQuery(
                        "SELECT coalesce(max(version), 0) + 1 FROM follow_up_form WHERE code = :code", Object.class)
                        .setParameter("code", request.code()).getSingleResult())
                .flatMap(version -> session.createNativeQuery("""
                        INSERT INTO follow_up_form (id, code, version, title, published_at)
                        VALUES (:id, :code, :version, :title, :now)""")
                        .setParameter("id", id).setParameter("code", request.code())
                        .setParameter("version", SqlValues.integer(version)).setParameter("title", request.title())
                        .setParameter("now", now).executeUpdate())
                .flatMap(inserted -> insertQuestions(id, request.questions()))
                .flatMap(done -> session.createNativeQuery("""
                        UPDATE follow_up f SET form_id = :id FROM follow_up_form old
                        WHERE old.id = f.form_id AND old.code = :code AND f.status = 'PENDING' AND f.opens_on > :today""")
                        .setParameter("id", id).setParameter("code", request.code()).setParameter("today", today)
                        .executeUpdate()))
                .flatMap(moved -> byId(id)).map(FollowUpForms::view);
    }

    private Uni<Void> insertQuestions(UUID formId, List<QuestionView> questions) {
        return Panache.getSession().flatMap(session -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (int i = 0; i < questions.size(); i++) {
                QuestionView q = questions.get(i);
                int position = i + 1;
                chain = chain.flatMap(ignored -> session.createNativeQuery("""
                        INSERT INTO follow_up_question (form_id, code, position, label, type, required, unit, min_value,
                                                        max_value, decimals, max_length, allow_future, reading)
                        VALUES (:form, :code, :position, :label, :type, :required, :unit, :min, :max, :decimals,
                                :maxLength, :allowFuture, :reading)""")
                        .setParameter("form", formId).setParameter("code", q.code()).setParameter("position", position)
                        .setParameter("label", q.label()).setParameter("type", q.type().name())
                        .setParameter("required", Boolean.TRUE.equals(q.required())).setParameter("unit", q.unit())
                        .setParameter("min", q.min()).setParameter("max", q.max())
                        .setParameter("decimals", q.decimals()).setParameter("maxLength", q.maxLength())
                        .setParameter("allowFuture", Boolean.TRUE.equals(q.allowFuture()))
                        .setParameter("reading", q.reading() == null ? null : q.reading().name())
                        .executeUpdate().replaceWithVoid());
                List<OptionView> options = q.options() == null ? List.of() : q.options();
                for (int j = 0; j < options.size(); j++) {
                    OptionView option = options.get(j);
                    int optionPosition = j + 1;
                    chain = chain.flatMap(ignored -> session.createNativeQuery("""
                            INSERT INTO follow_up_question_option (form_id, question_code, position, code, label)
                            VALUES (:form, :question, :position, :code, :label)""")
                            .setParameter("form", formId).setParameter("question", q.code())
                            .setParameter("position", optionPosition).setParameter("code", option.code())
                            .setParameter("label", option.label()).executeUpdate().replaceWithVoid());
                }
            }
            return chain;
        });
    }

    /** What a definition must hold for its type, beyond the field annotations. */
    static List<FieldProblem> problems(List<QuestionView> questions) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < questions.size(); i++) {
            QuestionView q = questions.get(i);
            String field = "questions[" + i + "]";
            if (!codes.add(q.code())) {
                problems.add(new FieldProblem(field + ".code", "field.form.duplicateCode"));
            }
            boolean number = q.type() == QuestionType.NUMBER;
            boolean choice = q.type() == QuestionType.SINGLE_CHOICE || q.type() == QuestionType.MULTIPLE_CHOICE;
            if (number && (q.min() == null || q.max() == null || q.decimals() == null || q.min().compareTo(q.max()) > 0)) {
                problems.add(new FieldProblem(field, "field.form.numberRange"));
            }
            if (!number && (q.min() != null || q.max() != null || q.decimals() != null || q.reading() != null
                    || q.unit() != null)) {
                problems.add(new FieldProblem(field, "field.form.numberOnly"));
            }
            List<OptionView> options = q.options() == null ? List.of() : q.options();
            if (choice && (options.size() < 2
                    || options.stream().map(OptionView::code).distinct().count() != options.size())) {
                problems.add(new FieldProblem(field + ".options", "field.form.options"));
            }
            if (!choice && !options.isEmpty()) {
                problems.add(new FieldProblem(field + ".options", "field.form.optionsOnlyForChoices"));
            }
            if ((q.type() == QuestionType.TEXT) != (q.maxLength() != null)) {
                problems.add(new FieldProblem(field + ".maxLength", "field.form.maxLength"));
            }
            if (Boolean.TRUE.equals(q.allowFuture()) && q.type() != QuestionType.DATE) {
                problems.add(new FieldProblem(field + ".allowFuture", "field.form.allowFuture"));
            }
        }
        return problems;
    }

    private static FollowUpForm assemble(Object[] form, List<Object[]> questions, List<Object[]> options) {
        Map<String, List<Option>> byQuestion = new LinkedHashMap<>();
        for (Object[] option : options) {
            byQuestion.computeIfAbsent((String) option[0], k -> new ArrayList<>())
                    .add(new Option((String) option[1], (String) option[2]));
        }
        List<Question> list = questions.stream().map(q -> new Question((String) q[0], (String) q[1],
                QuestionType.valueOf((String) q[2]), SqlValues.bool(q[3]), (String) q[4], SqlValues.decimal(q[5]),
                SqlValues.decimal(q[6]), SqlValues.integer(q[7]), SqlValues.integer(q[8]), SqlValues.bool(q[9]),
                q[10] == null ? null : Reading.valueOf((String) q[10]),
                List.copyOf(byQuestion.getOrDefault((String) q[0], List.of())))).toList();
        return new FollowUpForm(SqlValues.uuid(form[0]), (String) form[1], SqlValues.integer(form[2]), (String) form[3],
                SqlValues.offsetDateTime(form[4]), list);
    }

    public static FormView view(FollowUpForm form) {
        return new FormView(form.id().toString(), form.code(), form.version(), form.title(), form.publishedAt(),
                form.questions().stream().map(q -> new QuestionView(q.code(), q.label(), q.type(), q.required(),
                        q.unit(), q.min(), q.max(), q.decimals(), q.maxLength(), q.allowFuture(), q.reading(),
                        q.options().stream().map(o -> new OptionView(o.code(), o.label())).toList())).toList());
    }
}
