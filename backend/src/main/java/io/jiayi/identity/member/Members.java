package io.jiayi.identity.member;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.jiayi.common.error.Constraints;
import io.jiayi.common.error.ProblemCode;
import io.jiayi.common.error.ProblemException;
import io.jiayi.common.privacy.Masking;
import io.jiayi.common.privacy.PersonalDataCipher;
import io.jiayi.identity.access.PatientAccess;
import io.jiayi.identity.account.Phones;
import io.jiayi.identity.account.ResidentAccount;
import io.jiayi.identity.account.ResidentAccountRepository;
import io.jiayi.identity.realname.ChineseIdNumber;
import io.jiayi.identity.realname.Person;
import io.jiayi.identity.realname.PersonRepository;
import io.jiayi.identity.realname.RealNames;
import io.jiayi.identity.rest.MemberModels.ManagerLinkView;
import io.jiayi.identity.rest.MemberModels.MemberView;
import io.jiayi.identity.rest.MemberModels.NewMember;
import io.jiayi.identity.rest.MemberModels.PatientView;
import io.jiayi.identity.sms.OneTimeCodes;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** A resident's family members (就诊人): adding them, their consent, removal and withdrawal. */
@ApplicationScoped
public class Members {

    static final String CONSENT_MESSAGE = "【家医】用户%s申请将您添加为就诊人，以便为您预约挂号、查询报告。"
            + "如您同意，请将验证码 %%s 告知对方（%%d 分钟内有效）；如不同意，请忽略本短信。";

    private final ManagedMemberRepository members;
    private final ResidentAccountRepository accounts;
    private final PersonRepository persons;
    private final RealNames realNames;
    private final OneTimeCodes codes;
    private final PersonalDataCipher cipher;
    private final PatientAccess patientAccess;
    private final Clock clock;

    public Members(ManagedMemberRepository members, ResidentAccountRepository accounts, PersonRepository persons,
            RealNames realNames, OneTimeCodes codes, PersonalDataCipher cipher, PatientAccess patientAccess,
            Clock clock) {
        this.members = members;
        this.accounts = accounts;
        this.persons = persons;
        this.realNames = realNames;
        this.codes = codes;
        this.cipher = cipher;
        this.patientAccess = patientAccess;
        this.clock = clock;
    }

    @WithSession
    public Uni<List<MemberView>> list(UUID managerId) {
        return members.liveOf(managerId).map(list -> list.stream().map(this::view).toList());
    }

    @WithSession
    public Uni<MemberView> find(UUID managerId, UUID memberId) {
        return owned(managerId, memberId).map(this::view);
    }

    @WithTransaction
    public Uni<MemberView> add(UUID managerId, NewMember request, String clientAddress) {
        ChineseIdNumber idNumber = realNames.parse(request.idNumber(), "idNumber");
        String phone = request.phone() == null || request.phone().isBlank() ? null
                : Phones.normalise(request.phone(), "phone");
        int age = idNumber.ageOn(realNames.today());
        String name = request.name().strip();
        // The manager's account under its lock: members added at once are counted one after the other
        // (read side by side, each saw seven and a manager ended with more than eight).
        return accounts.findWithPersonForUpdate(managerId).flatMap(manager -> {
            if (manager == null || manager.person == null) {
                throw new ProblemException(ProblemCode.REAL_NAME_REQUIRED);
            }
            boolean self = manager.person.idNumberHash.equals(realNames.hashOf(idNumber));
            return realNames.find(idNumber)
                    .flatMap(person -> (person == null ? Uni.createFrom().<ManagedMember> nullItem()
                            : members.findLive(managerId, person.id))
                            .flatMap(linked -> members.countLive(managerId).map(count -> MemberPolicy.decide(count,
                                    self, linked != null, age, Boolean.TRUE.equals(request.guardianDeclaration()),
                                    phone != null))))
                    .flatMap(decision -> {
                        MemberPolicy.refusal(decision).ifPresent(refused -> {
                            throw refusal(refused.code());
                        });
                        var admission = ((MemberPolicy.Admitted) decision).admission();
                        return realNames.findOrRecord(idNumber, name)
                                .flatMap(person -> members.persistAndFlush(newMember(managerId, person, request, phone,
                                        admission)))
                                .call(member -> admission == MemberPolicy.Admission.BY_MEMBER_CONSENT
                                        ? sendConsentCode(manager, member, phone, clientAddress)
                                        : Uni.createFrom().voidItem());
                    });
        })
                .onFailure(failure -> Constraints.violated(failure, "managed_member_one_live_link"))
                .transform(failure -> new ProblemException(ProblemCode.MEMBER_ALREADY_ADDED))
                .map(this::view);
    }

    @WithSession
    public Uni<Void> resendConsentCode(UUID managerId, UUID memberId, String clientAddress) {
        return owned(managerId, memberId).flatMap(member -> {
            if (member.status != MemberStatus.PENDING_CONSENT) {
                throw new ProblemException(ProblemCode.MEMBER_NOT_PENDING);
            }
            return accounts.findById(managerId).flatMap(manager -> sendConsentCode(manager, member,
                    cipher.decrypt(member.phoneEncrypted), clientAddress));
        });
    }

    @WithTransaction
    public Uni<MemberView> confirmConsent(UUID managerId, UUID memberId, String code) {
        return ownedForChange(managerId, memberId).flatMap(member -> {
            if (member.status != MemberStatus.PENDING_CONSENT) {
                throw new ProblemException(ProblemCode.MEMBER_NOT_PENDING);
            }
            return codes.verify(OneTimeCodes.Purpose.MEMBER_CONSENT, member.id.toString(),
                    cipher.decrypt(member.phoneEncrypted), code).map(verdict -> switch (verdict.check()) {
                        case ACCEPTED -> {
                            OffsetDateTime now = OffsetDateTime.now(clock);
                            member.status = MemberStatus.ACTIVE;
                            member.consentedAt = now;
                            member.updatedAt = now;
                            yield view(member);
                        }
                        case WRONG -> throw new ProblemException(ProblemCode.CONSENT_CODE_INVALID,
                                Integer.toString(verdict.remainingTries()));
                        case EXPIRED -> throw new ProblemException(ProblemCode.CONSENT_CODE_EXPIRED);
                        case TRIES_EXCEEDED -> throw new ProblemException(ProblemCode.CONSENT_CODE_TRIES_EXCEEDED);
                    });
        });
    }

    @WithTransaction
    public Uni<Void> remove(UUID managerId, UUID memberId) {
        return ownedForChange(managerId, memberId).invoke(member -> {
            if (member.status.isLive()) {
                end(member, MemberStatus.REMOVED);
            }
        }).replaceWithVoid();
    }

    /** Links in which the signed-in resident is the member: whom they let act for them. */
    @WithSession
    public Uni<List<ManagerLinkView>> managers(UUID accountId) {
        return ownPerson(accountId).flatMap(person -> person == null ? Uni.createFrom().item(List.<ManagerLinkView> of())
                : members.liveManaging(person.id).flatMap(links -> managerViews(links)));
    }

    /** The member takes back their consent: the manager loses access at once. */
    @WithTransaction
    public Uni<ManagerLinkView> withdraw(UUID accountId, UUID linkId) {
        return ownPerson(accountId)
                .flatMap(person -> person == null ? Uni.createFrom().<ManagedMember> nullItem()
                        : members.findManagingForUpdate(linkId, person.id))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("member"))
                .flatMap(link -> {
                    if (link.status.isLive()) {
                        end(link, MemberStatus.WITHDRAWN);
                    }
                    return accounts.findById(link.managerId).map(manager -> managerView(link, manager));
                });
    }

    /** The people the resident may act for now: themself (once real-named) and active members. */
    @WithSession
    public Uni<List<PatientView>> patients(UUID accountId) {
        return ownPerson(accountId).flatMap(self -> members.liveOf(accountId).map(list -> {
            var views = new java.util.ArrayList<PatientView>();
            if (self != null) {
                views.add(patientView(self, "SELF"));
            }
            list.stream().filter(m -> m.status == MemberStatus.ACTIVE)
                    .forEach(m -> views.add(patientView(m.person, m.relationship.name())));
            return List.copyOf(views);
        }));
    }

    /** One patient, through the shared access check. */
    @WithSession
    public Uni<PatientView> patient(UUID accountId, UUID patientId) {
        return patientAccess.actFor(accountId, patientId)
                .flatMap(acting -> acting.self() ? persons.findById(patientId).map(p -> patientView(p, "SELF"))
                        : members.findLive(accountId, patientId).map(m -> patientView(m.person, m.relationship.name())));
    }

    private Uni<Void> sendConsentCode(ResidentAccount manager, ManagedMember member, String phone, String address) {
        String managerPhone = Masking.phone(cipher.decrypt(manager.phoneEncrypted));
        return codes.send(OneTimeCodes.Purpose.MEMBER_CONSENT, member.id.toString(), phone, address,
                CONSENT_MESSAGE.formatted(managerPhone)).replaceWithVoid();
    }

    private Uni<ManagedMember> owned(UUID managerId, UUID memberId) {
        return members.findOwned(memberId, managerId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("member"));
    }

    /**
     * The link under its row lock, for a change of its status: a consent confirmed while the member
     * withdrew it was written back as active after the withdrawal, and the manager kept access.
     */
    private Uni<ManagedMember> ownedForChange(UUID managerId, UUID memberId) {
        return members.findOwnedForUpdate(memberId, managerId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("member"));
    }

    private Uni<Person> ownPerson(UUID accountId) {
        return accounts.findWithPerson(accountId).map(account -> account == null ? null : account.person);
    }

    private Uni<List<ManagerLinkView>> managerViews(List<ManagedMember> links) {
        Uni<List<ManagerLinkView>> result = Uni.createFrom().item(new java.util.ArrayList<>());
        for (ManagedMember link : links) {
            result = result.flatMap(views -> accounts.findById(link.managerId).map(manager -> {
                views.add(managerView(link, manager));
                return views;
            }));
        }
        return result.map(List::copyOf);
    }

    private void end(ManagedMember member, MemberStatus status) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        member.status = status;
        member.endedAt = now;
        member.updatedAt = now;
    }

    private static ProblemException refusal(ProblemCode code) {
        return code == ProblemCode.MEMBER_LIMIT_REACHED
                ? new ProblemException(code, Map.of("maxMembers", MemberPolicy.MAX_MEMBERS),
                        Integer.toString(MemberPolicy.MAX_MEMBERS))
                : new ProblemException(code);
    }

    private ManagedMember newMember(UUID managerId, Person person, NewMember request, String phone,
            MemberPolicy.Admission admission) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        ManagedMember member = new ManagedMember();
        member.id = UUID.randomUUID();
        member.managerId = managerId;
        member.person = person;
        member.relationship = request.relationship();
        member.phoneEncrypted = phone == null ? null : cipher.encrypt(phone);
        if (admission == MemberPolicy.Admission.BY_GUARDIAN_DECLARATION) {
            member.status = MemberStatus.ACTIVE;
            member.guardianDeclaredAt = now;
        } else {
            member.status = MemberStatus.PENDING_CONSENT;
        }
        member.createdAt = now;
        member.updatedAt = now;
        return member;
    }

    private MemberView view(ManagedMember member) {
        Person person = member.person;
        return new MemberView(member.id.toString(), person.id.toString(), member.relationship, person.name,
                Masking.idNumber(realNames.idNumberOf(person)), person.birthDate, person.sex,
                member.phoneEncrypted == null ? null : Masking.phone(cipher.decrypt(member.phoneEncrypted)),
                member.status, member.createdAt);
    }

    private ManagerLinkView managerView(ManagedMember link, ResidentAccount manager) {
        return new ManagerLinkView(link.id.toString(), Masking.phone(cipher.decrypt(manager.phoneEncrypted)),
                link.relationship, link.status, link.createdAt);
    }

    private PatientView patientView(Person person, String relationship) {
        return new PatientView(person.id.toString(), person.name, Masking.idNumber(realNames.idNumberOf(person)),
                person.birthDate, person.sex, relationship);
    }
}
