package io.jiayi.identity.account;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.jiayi.common.error.Constraints;
import io.jiayi.common.error.ProblemCode;
import io.jiayi.common.error.ProblemException;
import io.jiayi.common.web.Ids;
import io.jiayi.directory.repository.DoctorRepository;
import io.jiayi.directory.repository.InstitutionRepository;
import io.jiayi.identity.rest.StaffAccountRequests.NewStaffAccount;
import io.jiayi.identity.rest.StaffAccountRequests.StaffAccountView;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** Administrators open accounts for doctors, staff and other administrators. */
@ApplicationScoped
public class StaffAccounts {

    private final StaffAccountRepository accounts;
    private final InstitutionRepository institutions;
    private final DoctorRepository doctors;
    private final Passwords passwords;
    private final Clock clock;

    public StaffAccounts(StaffAccountRepository accounts, InstitutionRepository institutions, DoctorRepository doctors,
            Passwords passwords, Clock clock) {
        this.accounts = accounts;
        this.institutions = institutions;
        this.doctors = doctors;
        this.passwords = passwords;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<StaffAccountView> create(NewStaffAccount request) {
        String username = request.username().strip().toLowerCase(Locale.ROOT);
        if (!PasswordPolicy.acceptable(request.password(), username)) {
            return Uni.createFrom().failure(ProblemException.invalidField("password", "field.password.weak"));
        }
        UUID institutionId = Ids.reference("institutionId", request.institutionId(), "institution");
        UUID doctorId = Ids.reference("doctorId", request.doctorId(), "doctor");
        if (request.role() != StaffRole.ADMIN && institutionId == null) {
            return Uni.createFrom().failure(ProblemException.invalidField("institutionId", "field.institutionId.required"));
        }
        if ((request.role() == StaffRole.DOCTOR) != (doctorId != null)) {
            return Uni.createFrom().failure(ProblemException.invalidField("doctorId", "field.doctorId.onlyForDoctors"));
        }
        return accounts.findByUsername(username)
                .invoke(existing -> {
                    if (existing != null) {
                        throw new ProblemException(ProblemCode.USERNAME_TAKEN, username);
                    }
                })
                .flatMap(ignored -> institutionId == null ? Uni.createFrom().voidItem()
                        : institutions.findById(institutionId).invoke(found -> {
                            if (found == null) {
                                throw Ids.unknownReference("institutionId", "institution");
                            }
                        }).replaceWithVoid())
                .flatMap(ignored -> doctorId == null ? Uni.createFrom().voidItem()
                        : doctors.findById(doctorId).invoke(doctor -> {
                            if (doctor == null) {
                                throw Ids.unknownReference("doctorId", "doctor");
                            }
                            if (!doctor.institution.id.equals(institutionId)) {
                                throw new ProblemException(ProblemCode.DOCTOR_OF_OTHER_INSTITUTION);
                            }
                        }).replaceWithVoid())
                .flatMap(ignored -> passwords.hash(request.password()))
                .flatMap(hash -> accounts.persistAndFlush(newAccount(username, hash, request, institutionId, doctorId)))
                .onFailure(failure -> Constraints.violated(failure, "staff_account_username_key"))
                .transform(failure -> new ProblemException(ProblemCode.USERNAME_TAKEN, username))
                .onFailure(failure -> Constraints.violated(failure, "staff_account_doctor_id_key"))
                .transform(failure -> new ProblemException(ProblemCode.DOCTOR_ACCOUNT_EXISTS))
                .map(StaffAccounts::view);
    }

    @io.quarkus.hibernate.reactive.panache.common.WithSession
    public Uni<StaffAccountView> find(UUID id) {
        return accounts.findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("account"))
                .map(StaffAccounts::view);
    }

    static StaffAccountView view(StaffAccount account) {
        return new StaffAccountView(account.id.toString(), account.username, account.role,
                account.institutionId == null ? null : account.institutionId.toString(),
                account.doctorId == null ? null : account.doctorId.toString(), account.createdAt);
    }

    private StaffAccount newAccount(String username, String hash, NewStaffAccount request, UUID institutionId,
            UUID doctorId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        StaffAccount account = new StaffAccount();
        account.id = UUID.randomUUID();
        account.username = username;
        account.passwordHash = hash;
        account.role = request.role();
        account.institutionId = institutionId;
        account.doctorId = doctorId;
        account.createdAt = now;
        account.updatedAt = now;
        return account;
    }
}
