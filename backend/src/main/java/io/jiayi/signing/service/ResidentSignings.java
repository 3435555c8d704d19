package io.jiayi.signing.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.jiayi.common.error.Constraints;
import io.jiayi.common.error.Messages;
import io.jiayi.common.error.ProblemCode;
import io.jiayi.common.error.ProblemException;
import io.jiayi.common.web.Ids;
import io.jiayi.directory.Doctor;
import io.jiayi.directory.Institution;
import io.jiayi.directory.InstitutionType;
import io.jiayi.directory.repository.DoctorRepository;
import io.jiayi.directory.repository.InstitutionRepository;
import io.jiayi.identity.access.PatientAccess;
import io.jiayi.identity.realname.Person;
import io.jiayi.identity.realname.PersonRepository;
import io.jiayi.identity.realname.RealNames;
import io.jiayi.identity.rest.MemberModels.PatientView;
import io.jiayi.identity.member.Members;
import io.jiayi.signing.ActorKind;
import io.jiayi.signing.ApplicationStatus;
import io.jiayi.signing.Signing;
import io.jiayi.signing.SigningApplication;
import io.jiayi.signing.SigningConfig;
import io.jiayi.signing.SigningKind;
import io.jiayi.signing.SigningPolicy;
import io.jiayi.signing.SigningStatus;
import io.jiayi.signing.repository.DoctorPanelRepository;
import io.jiayi.signing.repository.SigningApplicationRepository;
import io.jiayi.signing.repository.SigningRepository;
import io.jiayi.signing.rest.SigningModels.ApplicationView;
import io.jiayi.signing.rest.SigningModels.SigningRequest;
import io.jiayi.signing.rest.SigningModels.SigningView;
import io.jiayi.signing.rest.SigningModels.Termination;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** What residents do: apply (alone or as a household), withdraw, look, terminate. */
@ApplicationScoped
public class ResidentSignings {

    private final SigningRepository signings;
    private final SigningApplicationRepository applications;
    private final DoctorPanelRepository panels;
    private final DoctorRepository doctors;
    private final InstitutionRepository institutions;
    private final PersonRepository persons;
    private final PatientAccess patientAccess;
    private final Members members;
    private final RealNames realNames;
    private final SigningHistory history;
    private final SigningApplicationViews views;
    private final SigningConfig config;
    private final Clock clock;

    public ResidentSignings(SigningRepository signings, SigningApplicationRepository applications,
            DoctorPanelRepository panels, DoctorRepository doctors, InstitutionRepository institutions,
            PersonRepository persons, PatientAccess patientAccess, Members members, RealNames realNames,
            SigningHistory history, SigningApplicationViews views, SigningConfig config, Clock clock) {
        this.signings = signings;
        this.applications = applications;
        this.panels = panels;
        this.doctors = doctors;
        this.institutions = institutions;
        this.persons = persons;
        this.patientAccess = patientAccess;
        this.members = members;
        this.realNames = realNames;
        this.history = history;
        this.views = views;
        this.config = config;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<ApplicationView> apply(UUID accountId, SigningRequest request) {
        if (!Boolean.TRUE.equals(request.agreement().accepted())
                || !config.agreementVersion().equals(request.agreement().version())) {
            return Uni.createFrom().failure(new ProblemException(ProblemCode.AGREEMENT_NOT_ACCEPTED,
                    Map.of("currentVersion", config.agreementVersion())));
        }
        UUID doctorId = Ids.reference("doctorId", request.doctorId(), "doctor");
        UUID districtId = Ids.reference("districtHospitalId", request.districtHospitalId(), "institution");
        UUID cityId = Ids.reference("cityHospitalId", request.cityHospitalId(), "institution");
        List<UUID> patientIds = new ArrayList<>(new LinkedHashSet<>(request.patientIds().stream()
                .map(id -> Ids.required(id, "patient")).toList()));
        LocalDate today = LocalDate.now(clock);
        return familyDoctor(doctorId)
                .flatMap(doctor -> combination(districtId, cityId).flatMap(combination -> authorised(accountId, patientIds)
                        .flatMap(people -> signings.openOf(patientIds).flatMap(open -> {
                            Map<UUID, SigningKind> kinds = new LinkedHashMap<>();
                            List<Map<String, Object>> blockers = new ArrayList<>();
                            for (Person person : people) {
                                var decision = SigningPolicy.decide(open.stream()
                                        .filter(s -> s.person.id.equals(person.id)).toList(), doctor.id, today,
                                        config.renewalWindow());
                                if (decision instanceof SigningPolicy.Blocked blocked) {
                                    blockers.add(blocker(person, blocked));
                                } else {
                                    kinds.put(person.id, ((SigningPolicy.Allowed) decision).kind());
                                }
                            }
                            if (!blockers.isEmpty()) {
                                throw blocked(people.size(), blockers);
                            }
                            return create(accountId, doctor, combination, people, kinds, open);
                        }))))
                .onFailure(failure -> Constraints.violated(failure, "signing_one_pending_per_person"))
                .transform(failure -> new ProblemException(ProblemCode.APPLICATION_ALREADY_PENDING))
                .flatMap(application -> views.of(application.id));
    }

    @WithTransaction
    public Uni<ApplicationView> cancel(UUID accountId, UUID applicationId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        // Under its lock, as the doctor's answer reads it: a withdrawal read before an acceptance committed
        // wrote the accepted signings back as cancelled, and the panel kept their seats.
        return applications.findFullForUpdate(applicationId)
                .map(a -> a == null || !a.applicantAccountId.equals(accountId) ? null : a)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("signingApplication"))
                .flatMap(application -> {
                    if (application.status != ApplicationStatus.PENDING) {
                        throw new ProblemException(ProblemCode.APPLICATION_NOT_PENDING);
                    }
                    application.status = ApplicationStatus.CANCELLED;
                    application.decidedAt = now;
                    application.decidedBy = accountId;
                    return signings.ofApplication(applicationId).flatMap(list -> changeAll(list,
                            SigningStatus.CANCELLED, ActorKind.RESIDENT, accountId, "withdrawn by the resident", now));
                })
                .flatMap(ignored -> views.of(applicationId));
    }

    /** Signings and applications of the resident and of everyone they may act for. */
    @WithSession
    public Uni<List<SigningView>> mine(UUID accountId) {
        return members.patients(accountId).flatMap(patients -> {
            List<UUID> ids = patients.stream().map(p -> UUID.fromString(p.patientId())).toList();
            return ids.isEmpty() ? Uni.createFrom().item(List.<SigningView> of())
                    : signings.historyOf(ids).map(list -> list.stream().map(SigningViews::signing).toList());
        });
    }

    @WithSession
    public Uni<SigningView> one(UUID accountId, UUID signingId) {
        return owned(accountId, signingId).map(SigningViews::signing);
    }

    @WithSession
    public Uni<ApplicationView> application(UUID accountId, UUID applicationId) {
        return applications.findFull(applicationId)
                .map(a -> a == null || !a.applicantAccountId.equals(accountId) ? null : a)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("signingApplication"))
                .flatMap(views::of);
    }

    @WithTransaction
    public Uni<SigningView> terminate(UUID accountId, UUID signingId, Termination termination) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        // Read under its lock: two terminations at once would both see it active and free two seats.
        return owned(signings.findFullForUpdate(signingId), accountId).flatMap(signing -> {
            if (signing.status != SigningStatus.ACTIVE) {
                throw new ProblemException(ProblemCode.SIGNING_NOT_ACTIVE);
            }
            signing.status = SigningStatus.TERMINATED;
            signing.terminationReason = termination.reason();
            signing.terminationNote = termination.note();
            signing.endedAt = now;
            signing.updatedAt = now;
            return panels.release(signing.doctor.id, 1, now)
                    .flatMap(released -> history.record(signing.id, SigningStatus.ACTIVE, SigningStatus.TERMINATED,
                            ActorKind.RESIDENT, accountId, termination.reason().name()
                                    + (termination.note() == null ? "" : ": " + termination.note()), now))
                    .replaceWith(signing);
        }).map(SigningViews::signing);
    }

    /** A signing of someone the resident may act for now; anyone else's is not found. */
    private Uni<Signing> owned(UUID accountId, UUID signingId) {
        return owned(signings.findFull(signingId), accountId);
    }

    private Uni<Signing> owned(Uni<Signing> found, UUID accountId) {
        return found
                .onItem().ifNull().failWith(() -> ProblemException.notFound("signing"))
                .call(signing -> patientAccess.actFor(accountId, signing.person.id)
                        .onFailure().transform(failure -> ProblemException.notFound("signing")));
    }

    private record Combination(Institution districtHospital, Institution cityHospital) {
    }

    private Uni<Doctor> familyDoctor(UUID doctorId) {
        return doctors.find("from Doctor d join fetch d.institution i left join fetch i.parent left join fetch d.team"
                + " where d.id = ?1", doctorId).firstResult()
                .onItem().ifNull().failWith(() -> Ids.unknownReference("doctorId", "doctor"))
                .invoke(doctor -> {
                    InstitutionType type = doctor.institution.type;
                    if (!doctor.familyDoctor
                            || (type != InstitutionType.COMMUNITY_CENTRE && type != InstitutionType.BRANCH_CENTRE)) {
                        throw new ProblemException(ProblemCode.NOT_A_FAMILY_DOCTOR);
                    }
                });
    }

    private Uni<Combination> combination(UUID districtId, UUID cityId) {
        return institutions.findById(districtId).flatMap(district -> institutions.findById(cityId).map(city -> {
            if (district == null || district.type != InstitutionType.DISTRICT_HOSPITAL || city == null
                    || city.type != InstitutionType.CITY_HOSPITAL) {
                throw new ProblemException(ProblemCode.INVALID_SIGNING_COMBINATION);
            }
            return new Combination(district, city);
        }));
    }

    /** Everyone named must be the resident or an active member: otherwise not found, for all. */
    private Uni<List<Person>> authorised(UUID accountId, List<UUID> patientIds) {
        Uni<List<Person>> people = Uni.createFrom().item(new ArrayList<>());
        for (UUID patientId : patientIds) {
            people = people.flatMap(list -> patientAccess.actFor(accountId, patientId)
                    .flatMap(acting -> persons.findById(patientId)).map(person -> {
                        list.add(person);
                        return list;
                    }));
        }
        return people;
    }

    private Uni<SigningApplication> create(UUID accountId, Doctor doctor, Combination combination, List<Person> people,
            Map<UUID, SigningKind> kinds, List<Signing> open) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Institution centre = doctor.institution.type == InstitutionType.COMMUNITY_CENTRE ? doctor.institution
                : doctor.institution.parent;
        SigningApplication application = new SigningApplication();
        application.id = UUID.randomUUID();
        application.applicantAccountId = accountId;
        application.doctor = doctor;
        application.centre = centre;
        application.districtHospital = combination.districtHospital();
        application.cityHospital = combination.cityHospital();
        application.kind = kinds.values().stream().distinct().count() == 1 ? kinds.values().iterator().next()
                : SigningKind.NEW;
        application.status = ApplicationStatus.PENDING;
        application.agreementVersion = config.agreementVersion();
        application.agreementAcceptedAt = now;
        application.appliedAt = now;
        application.expiresAt = now.plus(config.applicationValidity());
        Uni<Void> chain = applications.persist(application).replaceWithVoid();
        for (Person person : people) {
            Signing signing = new Signing();
            signing.id = UUID.randomUUID();
            signing.application = application;
            signing.person = person;
            signing.doctor = doctor;
            signing.centre = centre;
            signing.districtHospital = combination.districtHospital();
            signing.cityHospital = combination.cityHospital();
            signing.kind = kinds.get(person.id);
            signing.status = SigningStatus.PENDING;
            signing.previousSigningId = open.stream()
                    .filter(s -> s.person.id.equals(person.id) && s.status == SigningStatus.ACTIVE)
                    .map(s -> s.id).findFirst().orElse(null);
            signing.createdAt = now;
            signing.updatedAt = now;
            chain = chain.flatMap(ignored -> signings.persist(signing).replaceWithVoid())
                    .flatMap(ignored -> history.record(signing.id, null, SigningStatus.PENDING, ActorKind.RESIDENT,
                            accountId, signing.kind.name(), now));
        }
        return chain.call(() -> signings.flush()).replaceWith(application);
    }

    Uni<Void> changeAll(List<Signing> list, SigningStatus to, ActorKind actor, UUID actorId, String reason,
            OffsetDateTime now) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Signing signing : list) {
            SigningStatus from = signing.status;
            signing.status = to;
            signing.endedAt = now;
            signing.updatedAt = now;
            chain = chain.flatMap(ignored -> history.record(signing.id, from, to, actor, actorId, reason, now));
        }
        return chain;
    }

    private static Map<String, Object> blocker(Person person, SigningPolicy.Blocked blocked) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("patientId", person.id.toString());
        entry.put("name", person.name);
        entry.put("code", blocked.code().name());
        entry.put("reason", Messages.title(blocked.code(), Messages.CHINESE));
        blocked.renewalOpensOn().ifPresent(date -> entry.put("renewalOpensOn", date.toString()));
        return entry;
    }

    private static ProblemException blocked(int household, List<Map<String, Object>> blockers) {
        if (household == 1) {
            Map<String, Object> only = blockers.get(0);
            ProblemCode code = ProblemCode.valueOf((String) only.get("code"));
            Map<String, Object> extensions = new LinkedHashMap<>();
            Optional.ofNullable(only.get("renewalOpensOn")).ifPresent(date -> extensions.put("renewalOpensOn", date));
            return new ProblemException(code, extensions);
        }
        return new ProblemException(ProblemCode.HOUSEHOLD_SIGNING_BLOCKED, Map.of("blockedBy", blockers),
                Integer.toString(blockers.size()));
    }
}
