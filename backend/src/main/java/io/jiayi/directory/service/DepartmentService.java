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
import io.jiayi.common.security.Caller;
import io.jiayi.common.web.Ids;
import io.jiayi.directory.Department;
import io.jiayi.directory.Institution;
import io.jiayi.directory.mapping.DirectoryMapper;
import io.jiayi.directory.repository.DepartmentRepository;
import io.jiayi.directory.repository.InstitutionRepository;
import io.jiayi.directory.rest.DepartmentView;
import io.jiayi.directory.rest.NewDepartment;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class DepartmentService {

    private final DepartmentRepository departments;
    private final InstitutionRepository institutions;
    private final Clock clock;

    public DepartmentService(DepartmentRepository departments, InstitutionRepository institutions, Clock clock) {
        this.departments = departments;
        this.institutions = institutions;
        this.clock = clock;
    }

    @WithSession
    public Uni<PageResponse<DepartmentView>> listDepartments(DepartmentRepository.Filter filter, PageRequest page) {
        return departments.list(filter, page).flatMap(found -> departments.count(filter)
                .map(total -> PageResponse.of(found, page, total, DirectoryMapper::department)));
    }

    @WithSession
    public Uni<DepartmentView> findDepartment(UUID id) {
        return departments.findWithInstitution(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("department"))
                .map(DirectoryMapper::department);
    }

    @WithTransaction
    public Uni<DepartmentView> createDepartment(NewDepartment request, Caller caller) {
        UUID institutionId = Ids.reference("institutionId", request.institutionId(), "institution");
        return managedInstitution(institutionId, caller)
                .flatMap(institution -> departments.codeTaken(institutionId, request.code())
                        .flatMap(taken -> {
                            if (taken) {
                                throw new ProblemException(ProblemCode.DEPARTMENT_CODE_TAKEN, request.code());
                            }
                            return departments.persistAndFlush(newDepartment(request, institution));
                        }))
                .onFailure(failure -> Constraints.violated(failure, "department_code_per_institution"))
                .transform(failure -> new ProblemException(ProblemCode.DEPARTMENT_CODE_TAKEN, request.code()))
                .map(DirectoryMapper::department);
    }

    /**
     * The institution named in a request, if the caller may manage it. Staff of another
     * institution learn nothing more than that they may not.
     */
    Uni<Institution> managedInstitution(UUID institutionId, Caller caller) {
        if (!caller.mayManage(institutionId)) {
            return Uni.createFrom().failure(new ProblemException(ProblemCode.FORBIDDEN));
        }
        return institutions.findById(institutionId)
                .onItem().ifNull().failWith(() -> Ids.unknownReference("institutionId", "institution"));
    }

    private Department newDepartment(NewDepartment request, Institution institution) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Department department = new Department();
        department.id = UUID.randomUUID();
        department.institution = institution;
        department.code = request.code();
        department.name = request.name().trim();
        department.category = request.category();
        department.introduction = request.introduction();
        department.createdAt = now;
        department.updatedAt = now;
        return department;
    }
}
