package io.jiayi.partner.service;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.jiayi.common.error.ProblemCode;
import io.jiayi.common.error.ProblemException;
import io.jiayi.common.paging.PageRequest;
import io.jiayi.common.paging.PageResponse;
import io.jiayi.common.security.Caller;
import io.jiayi.common.security.Scope;
import io.jiayi.common.web.Ids;
import io.jiayi.directory.repository.InstitutionRepository;
import io.jiayi.identity.account.Passwords;
import io.jiayi.partner.PartnerApp;
import io.jiayi.partner.PartnerAppEvent;
import io.jiayi.partner.PartnerAppStatus;
import io.jiayi.partner.repository.PartnerAppEventRepository;
import io.jiayi.partner.repository.PartnerAppRepository;
import io.jiayi.partner.rest.PartnerModels.NewPartnerApp;
import io.jiayi.partner.rest.PartnerModels.PartnerAppCredentials;
import io.jiayi.partner.rest.PartnerModels.PartnerAppEventView;
import io.jiayi.partner.rest.PartnerModels.PartnerAppView;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/**
 * Administrators let partner apps in: register one (its client id and secret are made here, the
 * secret shown once and kept as a bcrypt hash), list them, rotate a secret, revoke an app. Each
 * change is an event naming the administrator.
 */
@ApplicationScoped
public class PartnerApps {

    private final PartnerAppRepository apps;
    private final PartnerAppEventRepository events;
    private final InstitutionRepository institutions;
    private final Passwords passwords;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public PartnerApps(PartnerAppRepository apps, PartnerAppEventRepository events, InstitutionRepository institutions,
            Passwords passwords, Clock clock) {
        this.apps = apps;
        this.events = events;
        this.institutions = institutions;
        this.passwords = passwords;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<PartnerAppCredentials> register(Caller admin, NewPartnerApp request) {
        Set<Scope> scopes = scopes(request.scopes());
        UUID institutionId = Ids.reference("institutionId", request.institutionId(), "institution");
        if (institutionId == null && scopes.stream().anyMatch(Scope::institutionOnly)) {
            throw ProblemException.invalidField("institutionId", "field.institutionId.requiredForScope");
        }
        String secret = newSecret();
        Uni<Void> institutionKnown = institutionId == null ? Uni.createFrom().voidItem()
                : institutions.findById(institutionId).invoke(found -> {
                    if (found == null) {
                        throw Ids.unknownReference("institutionId", "institution");
                    }
                }).replaceWithVoid();
        return institutionKnown.flatMap(ignored -> passwords.hash(secret)).flatMap(hash -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            PartnerApp app = new PartnerApp();
            app.id = UUID.randomUUID();
            app.name = request.name().strip();
            app.institutionId = institutionId;
            app.clientId = "jp_" + randomText(15);
            app.clientSecretHash = hash;
            app.scopes = scopes.stream().map(Scope::value).toArray(String[]::new);
            app.status = PartnerAppStatus.ACTIVE;
            app.createdAt = now;
            app.createdBy = admin.accountId();
            return apps.persist(app).call(saved -> event(saved, PartnerAppEvent.Action.REGISTERED, admin, now));
        }).map(app -> credentials(app, secret));
    }

    @WithSession
    public Uni<PageResponse<PartnerAppView>> list(PartnerAppStatus status, UUID institutionId, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (status != null) {
            where.append(" and status = :status");
            parameters.put("status", status);
        }
        if (institutionId != null) {
            where.append(" and institutionId = :institution");
            parameters.put("institution", institutionId);
        }
        return apps.find(where.toString(), Sort.by("createdAt", Sort.Direction.Descending).and("id"), parameters)
                .page(page.toPanache()).list()
                .flatMap(found -> apps.count(where.toString(), parameters)
                        .map(total -> PageResponse.of(found, page, total, app -> view(app, null))));
    }

    @WithSession
    public Uni<PartnerAppView> find(UUID id) {
        return existing(id).flatMap(app -> events.ofApp(id).map(history -> view(app, history)));
    }

    /** A new secret, shown once; the old one stops working at once. Tokens already issued run their course. */
    @WithTransaction
    public Uni<PartnerAppCredentials> rotateSecret(Caller admin, UUID id) {
        String secret = newSecret();
        // Hashed before the app's row is locked: the hash takes its time, the lock should not.
        return passwords.hash(secret).flatMap(hash -> changing(id).flatMap(app -> {
            if (app.status == PartnerAppStatus.REVOKED) {
                throw new ProblemException(ProblemCode.PARTNER_APP_REVOKED);
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            app.clientSecretHash = hash;
            app.secretRotatedAt = now;
            return event(app, PartnerAppEvent.Action.SECRET_ROTATED, admin, now).replaceWith(app);
        })).map(app -> credentials(app, secret));
    }

    /** Revokes the app for good: no new token, and its tokens are refused from the next request on. Idempotent. */
    @WithTransaction
    public Uni<PartnerAppView> revoke(Caller admin, UUID id) {
        return changing(id).flatMap(app -> {
            if (app.status == PartnerAppStatus.REVOKED) {
                return events.ofApp(id).map(history -> view(app, history));
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            app.status = PartnerAppStatus.REVOKED;
            app.revokedAt = now;
            app.revokedBy = admin.accountId();
            return event(app, PartnerAppEvent.Action.REVOKED, admin, now)
                    .flatMap(ignored -> events.ofApp(id))
                    .map(history -> view(app, history));
        });
    }

    private Uni<PartnerApp> existing(UUID id) {
        return apps.findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("partnerApp"));
    }

    /**
     * The app under its row lock, for a change: a rotation read before a revocation committed wrote
     * the app back as active, and the revoked app then took tokens with the new secret.
     */
    private Uni<PartnerApp> changing(UUID id) {
        return apps.findById(id, LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("partnerApp"));
    }

    private Uni<Void> event(PartnerApp app, PartnerAppEvent.Action action, Caller admin, OffsetDateTime at) {
        PartnerAppEvent event = new PartnerAppEvent();
        event.id = UUID.randomUUID();
        event.partnerAppId = app.id;
        event.action = action;
        event.actorAccountId = admin.accountId();
        event.at = at;
        return events.persist(event).replaceWithVoid();
    }

    /** The scopes asked for, in the catalogue's order; each unknown one is named by its place in the list. */
    static Set<Scope> scopes(List<String> requested) {
        String allowed = Arrays.stream(Scope.values()).map(Scope::value).collect(Collectors.joining(", "));
        List<ProblemException.FieldProblem> unknown = new ArrayList<>();
        Set<Scope> scopes = new LinkedHashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            String value = requested.get(i).strip();
            int index = i;
            Scope.of(value).ifPresentOrElse(scopes::add, () -> unknown.add(new ProblemException.FieldProblem(
                    "scopes[" + index + "]", "field.scope.unknown", List.of(value, allowed))));
        }
        if (!unknown.isEmpty()) {
            throw ProblemException.invalidFields(ProblemCode.UNKNOWN_SCOPE, unknown);
        }
        return scopes.stream().sorted().collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** 256 random bits; the prefix lets secret scanners recognise a leaked one. */
    private String newSecret() {
        return "jps_" + randomText(32);
    }

    private String randomText(int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }

    static PartnerAppView view(PartnerApp app, List<PartnerAppEvent> history) {
        return new PartnerAppView(app.id.toString(), app.name, text(app.institutionId), app.clientId,
                List.of(app.scopes), app.status, app.createdAt, app.createdBy.toString(), app.secretRotatedAt,
                app.revokedAt, history == null ? null : history.stream()
                        .map(e -> new PartnerAppEventView(e.action, e.actorAccountId.toString(), e.at)).toList());
    }

    private static PartnerAppCredentials credentials(PartnerApp app, String secret) {
        return new PartnerAppCredentials(app.id.toString(), app.name, text(app.institutionId), app.clientId, secret,
                List.of(app.scopes), app.status, app.createdAt, app.secretRotatedAt);
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }
}
