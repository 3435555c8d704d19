package io.jiayi.directory.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.jiayi.common.error.Constraints;
import io.jiayi.common.error.ProblemCode;
import io.jiayi.common.error.ProblemException;
import io.jiayi.common.paging.PageRequest;
import io.jiayi.common.paging.PageResponse;
import io.jiayi.common.web.Ids;
import io.jiayi.directory.Institution;
import io.jiayi.directory.InstitutionPlacement;
import io.jiayi.directory.InstitutionType;
import io.jiayi.directory.Street;
import io.jiayi.directory.mapping.DirectoryMapper;
import io.jiayi.directory.repository.FamilyDoctorTeamRepository;
import io.jiayi.directory.repository.InstitutionRepository;
import io.jiayi.directory.repository.StreetRepository;
import io.jiayi.directory.rest.InstitutionDetail;
import io.jiayi.directory.rest.InstitutionView;
import io.jiayi.directory.rest.NewInstitution;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class InstitutionService {

    private final InstitutionRepository institutions;
    private final StreetRepository streets;
    private final FamilyDoctorTeamRepository teams;
    private final Clock clock;

    public InstitutionService(InstitutionRepository institutions, StreetRepository streets,
            FamilyDoctorTeamRepository teams, Clock clock) {
        this.institutions = institutions;
        this.streets = streets;
        this.teams = teams;
        this.clock = clock;
    }

    @WithSession
    public Uni<PageResponse<InstitutionView>> listInstitutions(InstitutionRepository.Filter filter, PageRequest page) {
        return institutions.list(filter, page).flatMap(found -> institutions.count(filter)
                .map(total -> PageResponse.of(found, page, total, DirectoryMapper::institution)));
    }

    @WithSession
    public Uni<InstitutionDetail> findInstitution(UUID id) {
        return institutions.findWithStreetAndParent(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("institution"))
                .flatMap(institution -> institutions.children(id)
                        .flatMap(stations -> teams.ofInstitution(id)
                                .map(found -> DirectoryMapper.institutionDetail(institution, stations, found))));
    }

    @WithTransaction
    public Uni<InstitutionView> createInstitution(NewInstitution request) {
        UUID parentId = Ids.reference("parentId", request.parentId(), "institution");
        UUID streetId = Ids.reference("streetId", request.streetId(), "street");
        return institutions.codeTaken(request.code())
                .invoke(taken -> {
                    if (taken) {
                        throw new ProblemException(ProblemCode.INSTITUTION_CODE_TAKEN, request.code());
                    }
                })
                .flatMap(ignored -> parentId == null ? Uni.createFrom().nullItem() : institutions.findById(parentId)
                        .onItem().ifNull().failWith(() -> Ids.unknownReference("parentId", "institution")))
                .flatMap(parent -> (streetId == null ? Uni.createFrom().<Street> nullItem() : streets.findById(streetId)
                        .onItem().ifNull().failWith(() -> Ids.unknownReference("streetId", "street")))
                        .flatMap(street -> servingCentreName(request.type(), streetId)
                                .flatMap(servingCentre -> {
                                    InstitutionPlacement.check(request.type(), parent == null ? null : parent.type,
                                            servingCentre).ifPresent(rejection -> {
                                                throw new ProblemException(rejection.code(),
                                                        servingCentre == null ? "" : servingCentre);
                                            });
                                    return institutions.persistAndFlush(newInstitution(request, parent, street));
                                })))
                .onFailure(failure -> Constraints.violated(failure, "institution_code_key"))
                .transform(failure -> new ProblemException(ProblemCode.INSTITUTION_CODE_TAKEN, request.code()))
                .onFailure(failure -> Constraints.violated(failure, "institution_one_centre_per_street"))
                .transform(failure -> new ProblemException(ProblemCode.STREET_ALREADY_SERVED, ""))
                .map(DirectoryMapper::institution);
    }

    private Uni<String> servingCentreName(InstitutionType type, UUID streetId) {
        if (type != InstitutionType.COMMUNITY_CENTRE || streetId == null) {
            return Uni.createFrom().nullItem();
        }
        return institutions.centreServing(streetId).map(centre -> centre == null ? null : centre.name);
    }

    private Institution newInstitution(NewInstitution request, Institution parent, Street street) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Institution institution = new Institution();
        institution.id = UUID.randomUUID();
        institution.code = request.code();
        institution.name = request.name().trim();
        institution.shortName = request.shortName().trim();
        institution.type = request.type();
        institution.level = request.level();
        institution.parent = parent;
        institution.street = street;
        institution.address = request.address();
        institution.phone = request.phone();
        institution.signatureService = request.signatureService();
        institution.introduction = request.introduction();
        institution.createdAt = now;
        institution.updatedAt = now;
        return institution;
    }
}
