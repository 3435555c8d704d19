package io.jiayi.directory.service;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.jiayi.common.error.ProblemException;
import io.jiayi.common.paging.PageRequest;
import io.jiayi.common.paging.PageResponse;
import io.jiayi.directory.Institution;
import io.jiayi.directory.InstitutionType;
import io.jiayi.directory.mapping.DirectoryMapper;
import io.jiayi.directory.repository.InstitutionRepository;
import io.jiayi.directory.repository.StreetRepository;
import io.jiayi.directory.rest.StreetView;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class StreetService {

    private final StreetRepository streets;
    private final InstitutionRepository institutions;

    public StreetService(StreetRepository streets, InstitutionRepository institutions) {
        this.streets = streets;
        this.institutions = institutions;
    }

    @WithSession
    public Uni<PageResponse<StreetView>> listStreets(PageRequest page) {
        return streets.findAll(Sort.by("code")).page(page.toPanache()).list()
                .flatMap(found -> streets.count()
                        .flatMap(total -> servingCentres().map(centres -> PageResponse.of(found, page, total,
                                street -> DirectoryMapper.street(street, centres.get(street.id))))));
    }

    @WithSession
    public Uni<StreetView> findStreet(UUID id) {
        return streets.findById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("street"))
                .flatMap(street -> institutions.centreServing(id).map(centre -> DirectoryMapper.street(street, centre)));
    }

    /** The ten streets' centres: one small query rather than one per street. */
    private Uni<Map<UUID, Institution>> servingCentres() {
        return institutions.list("from Institution i join fetch i.street where i.type = ?1",
                InstitutionType.COMMUNITY_CENTRE)
                .map(centres -> centres.stream().collect(Collectors.toMap(c -> c.street.id, Function.identity())));
    }
}
