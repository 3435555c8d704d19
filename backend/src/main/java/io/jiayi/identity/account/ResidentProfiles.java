package io.jiayi.identity.account;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.jiayi.common.error.Constraints;
import io.jiayi.common.error.ProblemCode;
import io.jiayi.common.error.ProblemException;
import io.jiayi.common.privacy.Masking;
import io.jiayi.common.privacy.PersonalDataCipher;
import io.jiayi.identity.realname.ChineseIdNumber;
import io.jiayi.identity.realname.Person;
import io.jiayi.identity.realname.RealNames;
import io.jiayi.identity.rest.RealNameRequest;
import io.jiayi.identity.rest.ResidentProfile;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** A resident's own account: what it shows of them, and their one-time real-name registration. */
@ApplicationScoped
public class ResidentProfiles {

    private final ResidentAccountRepository accounts;
    private final ConsentRepository consents;
    private final RealNames realNames;
    private final PersonalDataCipher cipher;
    private final ConsentConfig consentConfig;
    private final Clock clock;

    public ResidentProfiles(ResidentAccountRepository accounts, ConsentRepository consents, RealNames realNames,
            PersonalDataCipher cipher, ConsentConfig consentConfig, Clock clock) {
        this.accounts = accounts;
        this.consents = consents;
        this.realNames = realNames;
        this.cipher = cipher;
        this.consentConfig = consentConfig;
        this.clock = clock;
    }

    @WithSession
    public Uni<ResidentProfile> profile(UUID accountId) {
        return account(accountId).flatMap(this::view);
    }

    @WithTransaction
    public Uni<ResidentProfile> registerRealName(UUID accountId, RealNameRequest request) {
        if (request.healthDataConsent() == null || !Boolean.TRUE.equals(request.healthDataConsent().accepted())
                || !consentConfig.healthDataVersion().equals(request.healthDataConsent().version())) {
            return Uni.createFrom().failure(new ProblemException(ProblemCode.HEALTH_DATA_CONSENT_REQUIRED,
                    java.util.Map.of("currentVersion", consentConfig.healthDataVersion())));
        }
        ChineseIdNumber idNumber = realNames.parse(request.idNumber(), "idNumber");
        String name = request.name().strip();
        // Under the account's lock: two registrations at once would both find no real name yet.
        return accountForChange(accountId).flatMap(account -> {
            if (account.person != null) {
                throw new ProblemException(ProblemCode.REAL_NAME_ALREADY_REGISTERED);
            }
            return realNames.find(idNumber)
                    .flatMap(existing -> existing == null ? Uni.createFrom().item(true)
                            : accounts.findByPerson(existing.id).map(claimed -> claimed == null))
                    .flatMap(free -> {
                        if (!free) {
                            throw new ProblemException(ProblemCode.ID_NUMBER_ALREADY_REGISTERED);
                        }
                        return realNames.findOrRecord(idNumber, name);
                    })
                    .flatMap(person -> {
                        account.person = person;
                        return consents.persist(consent(accountId)).replaceWith(account);
                    })
                    .call(() -> accounts.flush());
        })
                .onFailure(failure -> Constraints.violated(failure, "resident_account_person_id_key"))
                .transform(failure -> new ProblemException(ProblemCode.ID_NUMBER_ALREADY_REGISTERED))
                .flatMap(this::view);
    }

    private Uni<ResidentAccount> account(UUID accountId) {
        return accounts.findWithPerson(accountId)
                .onItem().ifNull().failWith(() -> new ProblemException(ProblemCode.UNAUTHENTICATED));
    }

    private Uni<ResidentAccount> accountForChange(UUID accountId) {
        return accounts.findWithPersonForUpdate(accountId)
                .onItem().ifNull().failWith(() -> new ProblemException(ProblemCode.UNAUTHENTICATED));
    }

    private Consent consent(UUID accountId) {
        Consent consent = new Consent();
        consent.id = UUID.randomUUID();
        consent.residentAccountId = accountId;
        consent.purpose = Consent.Purpose.HEALTH_DATA_PROCESSING;
        consent.version = consentConfig.healthDataVersion();
        consent.grantedAt = OffsetDateTime.now(clock);
        return consent;
    }

    private Uni<ResidentProfile> view(ResidentAccount account) {
        return consents.ofAccount(account.id).map(list -> {
            Person person = account.person;
            ResidentProfile.RealName realName = person == null ? null
                    : new ResidentProfile.RealName(person.id.toString(), person.name,
                            Masking.idNumber(realNames.idNumberOf(person)), person.birthDate, person.sex);
            List<ResidentProfile.ConsentView> consentViews = list.stream()
                    .map(c -> new ResidentProfile.ConsentView(c.purpose, c.version, c.grantedAt, c.withdrawnAt))
                    .toList();
            return new ResidentProfile(account.id.toString(), Masking.phone(cipher.decrypt(account.phoneEncrypted)),
                    realName, consentViews);
        });
    }
}
