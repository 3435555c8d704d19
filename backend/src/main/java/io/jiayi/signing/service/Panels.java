package io.jiayi.signing.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.jiayi.common.error.ProblemCode;
import io.jiayi.common.error.ProblemException;
import io.jiayi.common.paging.PageRequest;
import io.jiayi.common.privacy.Masking;
import io.jiayi.common.security.Caller;
import io.jiayi.directory.repository.DoctorRepository;
import io.jiayi.identity.realname.RealNames;
import io.jiayi.signing.KeyPopulation;
import io.jiayi.signing.SigningConfig;
import io.jiayi.signing.repository.DoctorPanelRepository;
import io.jiayi.signing.repository.KeyPopulationTagRepository;
import io.jiayi.signing.repository.SigningRepository;
import io.jiayi.signing.rest.SigningModels.Capacity;
import io.jiayi.signing.rest.SigningModels.PanelEntry;
import io.jiayi.signing.rest.SigningModels.PanelPage;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** A family doctor's panel: the residents they hold, and how many they may. */
@ApplicationScoped
public class Panels {

    private final SigningRepository signings;
    private final DoctorPanelRepository panels;
    private final KeyPopulationTagRepository tags;
    private final DoctorRepository doctors;
    private final RealNames realNames;
    private final SigningConfig config;
    private final Clock clock;

    public Panels(SigningRepository signings, DoctorPanelRepository panels, KeyPopulationTagRepository tags,
            DoctorRepository doctors, RealNames realNames, SigningConfig config, Clock clock) {
        this.signings = signings;
        this.panels = panels;
        this.tags = tags;
        this.doctors = doctors;
        this.realNames = realNames;
        this.config = config;
        this.clock = clock;
    }

    @WithSession
    public Uni<PanelPage> panel(UUID doctorId, Boolean keyPopulation, KeyPopulation tag, boolean dueForRenewal,
            PageRequest page) {
        LocalDate today = LocalDate.now(clock);
        LocalDate dueBy = today.plus(config.renewalWindow());
        var filter = new SigningRepository.PanelFilter(doctorId, keyPopulation, tag, dueForRenewal ? dueBy : null, today);
        return signings.panel(filter, page).flatMap(found -> signings.countPanel(filter).flatMap(total -> capacity(doctorId)
                .flatMap(capacity -> (found.isEmpty() ? Uni.createFrom().item(List.<io.jiayi.signing.KeyPopulationTag> of())
                        : tags.liveOf(found.stream().map(s -> s.person.id).toList()))
                        .map(live -> new PanelPage(found.stream().map(s -> new PanelEntry(s.id.toString(),
                                s.person.id.toString(), s.person.name, Masking.idNumber(realNames.idNumberOf(s.person)),
                                s.person.sex, SigningViews.age(s.person, today), s.startsOn, s.endsOn,
                                !s.endsOn.isAfter(dueBy), SigningViews.tags(s.person, live, today))).toList(),
                                page.page(), page.size(), total, capacity)))));
    }

    /** The panel's capacity, the default until someone sets it. */
    public Uni<Capacity> capacity(UUID doctorId) {
        return panels.findById(doctorId).map(panel -> panel == null
                ? new Capacity(config.defaultPanelCapacity(), 0, config.defaultPanelCapacity())
                : new Capacity(panel.capacity, panel.signedCount, Math.max(0, panel.capacity - panel.signedCount)));
    }

    @WithTransaction
    public Uni<Capacity> setCapacity(Caller caller, UUID doctorId, int capacity) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return doctors.find("from Doctor d join fetch d.institution where d.id = ?1", doctorId).firstResult()
                .onItem().ifNull().failWith(() -> ProblemException.notFound("doctor"))
                .invoke(doctor -> {
                    if (!caller.admin() && !(caller.staff()
                            && caller.institutionId().filter(doctor.institution.id::equals).isPresent())) {
                        throw new ProblemException(ProblemCode.FORBIDDEN);
                    }
                })
                .flatMap(doctor -> panels.ensure(doctorId, config.defaultPanelCapacity(), now))
                .flatMap(panel -> panels.setCapacity(doctorId, capacity, now))
                .flatMap(changed -> {
                    if (changed == 0) {
                        throw new ProblemException(ProblemCode.CAPACITY_BELOW_SIGNED);
                    }
                    // The bulk update went around the session's copy of the panel: its columns are read anew.
                    return panels.getSession().flatMap(session -> session.createSelectionQuery(
                            "select p.capacity, p.signedCount from DoctorPanel p where p.doctorId = ?1", Object[].class)
                            .setParameter(1, doctorId).getSingleResult());
                })
                .map(row -> {
                    int total = ((Number) row[0]).intValue();
                    int used = ((Number) row[1]).intValue();
                    return new Capacity(total, used, total - used);
                });
    }
}
