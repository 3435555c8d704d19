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
import io.jiayi.directory.Doctor;
import io.jiayi.directory.FamilyDoctorTeam;
import io.jiayi.directory.Institution;
import io.jiayi.directory.mapping.DirectoryMapper;
import io.jiayi.directory.repository.DepartmentRepository;
import io.jiayi.directory.repository.DoctorRepository;
import io.jiayi.directory.repository.FamilyDoctorTeamRepository;
import io.jiayi.directory.rest.DoctorView;
import io.jiayi.directory.rest.NewDoctor;
import io.jiayi.directory.rest.TeamView;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class DoctorService {

    private final DoctorRepository doctors;
    private final DepartmentRepository departments;
    private final FamilyDoctorTeamRepository teams;
    private final DepartmentService departmentService;
    private final Clock clock;

    public DoctorService(DoctorRepository doctors, DepartmentRepository departments, FamilyDoctorTeamRepository teams,
            DepartmentService departmentService, Clock clock) {
        this.doctors = doctors;
        this.departments = departments;
        this.teams = teams;
        this.departmentService = departmentService;
        this.clock = clock;
    }

    @WithSession
    public Uni<PageResponse<DoctorView>> listDoctors(DoctorRepository.Filter filter, PageRequest page) {
        return doctors.list(filter, page).flatMap(found -> doctors.count(filter)
                .map(total -> PageResponse.of(found, page, total, DirectoryMapper::doctor)));
    }

    @WithSession
    public Uni<DoctorView> findDoctor(UUID id) {
        return doctors.findFull(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("doctor"))
                .map(DirectoryMapper::doctor);
    }

    @WithSession
    public Uni<PageResponse<TeamView>> listTeams(UUID institutionId, PageRequest page) {
        return teams.list(institutionId, page).flatMap(found -> teams.count(institutionId)
                .map(total -> PageResponse.of(found, page, total, team -> DirectoryMapper.team(team, null))));
    }

    @WithSession
    public Uni<TeamView> findTeam(UUID id) {
        return teams.findWithInstitution(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("team"))
                .flatMap(team -> doctors.members(id).map(members -> DirectoryMapper.team(team, members)));
    }

    @WithTransaction
    public Uni<DoctorView> createDoctor(NewDoctor request, Caller caller) {
        UUID institutionId = Ids.reference("institutionId", request.institutionId(), "institution");
        UUID departmentId = Ids.reference("departmentId", request.departmentId(), "department");
        UUID teamId = Ids.reference("teamId", request.teamId(), "team");
        if ((teamId == null) != (request.teamRole() == null)) {
            return Uni.createFrom().failure(ProblemException.invalidField("teamRole", "field.teamRoleWithTeam"));
        }
        return departmentService.managedInstitution(institutionId, caller)
                .flatMap(institution -> doctors.codeTaken(request.code()).flatMap(taken -> {
                    if (taken) {
                        throw new ProblemException(ProblemCode.DOCTOR_CODE_TAKEN, request.code());
                    }
                    return department(departmentId, institutionId);
                }).flatMap(department -> team(teamId, institutionId)
                        .flatMap(team -> doctors.persistAndFlush(newDoctor(request, institution, department, team)))))
                .onFailure(failure -> Constraints.violated(failure, "doctor_code_key"))
                .transform(failure -> new ProblemException(ProblemCode.DOCTOR_CODE_TAKEN, request.code()))
                .map(DirectoryMapper::doctor);
    }

    private Uni<Department> department(UUID departmentId, UUID institutionId) {
        if (departmentId == null) {
            return Uni.createFrom().nullItem();
        }
        return departments.findById(departmentId)
                .onItem().ifNull().failWith(() -> Ids.unknownReference("departmentId", "department"))
                .invoke(department -> {
                    if (!department.institution.id.equals(institutionId)) {
                        throw new ProblemException(ProblemCode.DEPARTMENT_OF_OTHER_INSTITUTION);
                    }
                });
    }

    private Uni<FamilyDoctorTeam> team(UUID teamId, UUID institutionId) {
        if (teamId == null) {
            return Uni.createFrom().nullItem();
        }
        return teams.findById(teamId)
                .onItem().ifNull().failWith(() -> Ids.unknownReference("teamId", "team"))
                .invoke(team -> {
                    if (!team.institution.id.equals(institutionId)) {
                        throw new ProblemException(ProblemCode.TEAM_OF_OTHER_INSTITUTION);
                    }
                });
    }

    private Doctor newDoctor(NewDoctor request, Institution institution, Department department, FamilyDoctorTeam team) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Doctor doctor = new Doctor();
        doctor.id = UUID.randomUUID();
        doctor.code = request.code();
        doctor.institution = institution;
        doctor.department = department;
        doctor.team = team;
        doctor.teamRole = request.teamRole();
        doctor.name = request.name().trim();
        doctor.gender = request.gender();
        doctor.title = request.title();
        doctor.specialty = request.specialty();
        doctor.familyDoctor = Boolean.TRUE.equals(request.familyDoctor());
        doctor.introduction = request.introduction();
        doctor.createdAt = now;
        doctor.updatedAt = now;
        return doctor;
    }
}
