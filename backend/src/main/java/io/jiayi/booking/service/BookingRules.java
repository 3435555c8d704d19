package io.jiayi.booking.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.jiayi.booking.BookingConfig;
import io.jiayi.booking.BookingRule;
import io.jiayi.booking.rest.ScheduleModels.RulesUpdate;
import io.jiayi.booking.rest.ScheduleModels.RulesView;
import io.jiayi.common.error.ProblemCode;
import io.jiayi.common.error.ProblemException;
import io.jiayi.common.security.Caller;
import io.jiayi.directory.repository.InstitutionRepository;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.smallrye.mutiny.Uni;

/** Each institution's booking rules, or the district's defaults where it set none. */
@ApplicationScoped
public class BookingRules implements PanacheRepositoryBase<BookingRule, UUID> {

    /** When an institution's slots open and close for booking. */
    public record BookingWindow(int horizonDays, java.time.LocalTime releaseTime, int cutoffMinutes) {
    }

    private final InstitutionRepository institutions;
    private final BookingConfig config;
    private final Clock clock;
    private final Cache windows;

    public BookingRules(InstitutionRepository institutions, BookingConfig config, Clock clock,
            @CacheName("booking-windows") Cache windows) {
        this.institutions = institutions;
        this.config = config;
        this.clock = clock;
        this.windows = windows;
    }

    /**
     * The booking window in force, remembered for a short while (cache {@code booking-windows}) so
     * a lock can refuse an unreleased slot before it asks the gate; the booking transaction checks
     * the rules again, and an update here forgets them at once.
     */
    public Uni<BookingWindow> window(UUID institutionId) {
        return windows.getAsync(institutionId, this::loadWindow);
    }

    @WithSession
    Uni<BookingWindow> loadWindow(UUID institutionId) {
        return inForce(institutionId)
                .map(rule -> new BookingWindow(rule.horizonDays, rule.releaseTime, rule.bookingCutoffMinutes));
    }

    /** The rules in force for an institution; call inside a session. */
    public Uni<BookingRule> inForce(UUID institutionId) {
        return findById(institutionId).map(rule -> rule != null ? rule : defaults(institutionId));
    }

    @WithSession
    public Uni<RulesView> rulesOf(UUID institutionId) {
        return institutions.findById(institutionId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("institution"))
                .flatMap(found -> findById(institutionId))
                .map(rule -> rule != null ? view(rule, true) : view(defaults(institutionId), false));
    }

    @WithTransaction
    public Uni<RulesView> update(Caller caller, UUID institutionId, RulesUpdate update) {
        if (!caller.mayManage(institutionId)) {
            return Uni.createFrom().failure(new ProblemException(ProblemCode.FORBIDDEN));
        }
        if ((update.cancelDeadlineMinutes() == null) == (update.cancelByPreviousDayAt() == null)) {
            return Uni.createFrom().failure(
                    ProblemException.invalidField("cancelDeadlineMinutes", "field.cancelDeadline.exactlyOne"));
        }
        // Under the institution's lock, so the first rules saved twice at once are saved one after the
        // other (side by side, both inserted and the second met the primary key: a 500).
        return institutions.findById(institutionId, LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("institution"))
                .flatMap(found -> findById(institutionId))
                .flatMap(existing -> {
                    BookingRule rule = existing != null ? existing : new BookingRule();
                    rule.institutionId = institutionId;
                    rule.horizonDays = update.horizonDays();
                    rule.releaseTime = update.releaseTime();
                    rule.bookingCutoffMinutes = update.bookingCutoffMinutes();
                    rule.cancelDeadlineMinutes = update.cancelDeadlineMinutes();
                    rule.cancelByPreviousDayAt = update.cancelByPreviousDayAt();
                    rule.updatedAt = OffsetDateTime.now(clock);
                    return existing != null ? Uni.createFrom().item(rule) : persist(rule);
                })
                .map(rule -> view(rule, true))
                .call(() -> windows.invalidate(institutionId));
    }

    private BookingRule defaults(UUID institutionId) {
        BookingRule rule = new BookingRule();
        rule.institutionId = institutionId;
        rule.horizonDays = config.defaultHorizonDays();
        rule.releaseTime = config.defaultReleaseTime();
        rule.bookingCutoffMinutes = config.defaultBookingCutoffMinutes();
        rule.cancelDeadlineMinutes = config.defaultCancelDeadlineMinutes();
        return rule;
    }

    private static RulesView view(BookingRule rule, boolean custom) {
        return new RulesView(rule.institutionId.toString(), rule.horizonDays, rule.releaseTime, rule.bookingCutoffMinutes,
                rule.cancelDeadlineMinutes, rule.cancelByPreviousDayAt, custom);
    }
}
