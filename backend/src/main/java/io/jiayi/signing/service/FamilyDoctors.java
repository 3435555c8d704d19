package io.jiayi.signing.service;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.jiayi.common.paging.PageRequest;
import io.jiayi.common.paging.PageResponse;
import io.jiayi.directory.Doctor;
import io.jiayi.directory.Institution;
import io.jiayi.directory.InstitutionType;
import io.jiayi.directory.repository.DoctorRepository;
import io.jiayi.directory.rest.Refs;
import io.jiayi.signing.DoctorPanel;
import io.jiayi.signing.SigningConfig;
import io.jiayi.signing.repository.DoctorPanelRepository;
import io.jiayi.signing.rest.SigningModels.Capacity;
import io.jiayi.signing.rest.SigningModels.FamilyDoctorView;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;

/** Family doctors residents may sign with, by centre or by the street they live in. */
@ApplicationScoped
public class FamilyDoctors {

    private final DoctorRepository doctors;
    private final DoctorPanelRepository panels;
    private final SigningConfig config;

    public FamilyDoctors(DoctorRepository doctors, DoctorPanelRepository panels, SigningConfig config) {
        this.doctors = doctors;
        this.panels = panels;
        this.config = config;
    }

    @WithSession
    public Uni<PageResponse<FamilyDoctorView>> find(UUID centreId, UUID streetId, PageRequest page) {
        StringBuilder where = new StringBuilder(" where d.familyDoctor = true and i.type in :types");
        Parameters parameters = Parameters.with("types",
                List.of(InstitutionType.COMMUNITY_CENTRE, InstitutionType.BRANCH_CENTRE));
        if (centreId != null) {
            where.append(" and (i.id = :centre or i.parent.id = :centre)");
            parameters.and("centre", centreId);
        }
        if (streetId != null) {
            where.append(" and i.street.id = :street");
            parameters.and("street", streetId);
        }
        String from = "from Doctor d join fetch d.institution i left join fetch i.parent left join fetch d.team";
        return doctors.find(from + where + " order by i.code, d.code", parameters).page(page.toPanache()).list()
                .flatMap(found -> doctors.count("from Doctor d join d.institution i" + where, parameters)
                        .flatMap(total -> (found.isEmpty() ? Uni.createFrom().item(List.<DoctorPanel> of())
                                : panels.list("doctorId in ?1", found.stream().map(d -> d.id).toList()))
                                .map(list -> {
                                    Map<UUID, DoctorPanel> byDoctor = list.stream()
                                            .collect(Collectors.toMap(p -> p.doctorId, Function.identity()));
                                    return PageResponse.of(found, page, total, d -> view(d, byDoctor.get(d.id)));
                                })));
    }

    private FamilyDoctorView view(Doctor doctor, DoctorPanel panel) {
        Institution centre = doctor.institution.type == InstitutionType.COMMUNITY_CENTRE ? doctor.institution
                : doctor.institution.parent;
        int total = panel == null ? config.defaultPanelCapacity() : panel.capacity;
        int used = panel == null ? 0 : panel.signedCount;
        return new FamilyDoctorView(doctor.id.toString(), doctor.name, doctor.title, doctor.specialty,
                doctor.team == null ? null : new Refs.TeamRef(doctor.team.id.toString(), doctor.team.code, doctor.team.name),
                new Refs.InstitutionRef(doctor.institution.id.toString(), doctor.institution.code, doctor.institution.name),
                centre.signatureService, new Capacity(total, used, Math.max(0, total - used)));
    }
}
