package io.jiayi.identity.account;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.jiayi.identity.token.AccessTokens;
import io.jiayi.identity.token.RefreshToken.SubjectKind;
import io.jiayi.identity.token.Sessions;
import io.smallrye.mutiny.Uni;

/** What a token says of an account, read afresh at every refresh: roles can change. */
@ApplicationScoped
public class SubjectGrants implements Sessions.Grants {

    private final ResidentAccountRepository residents;
    private final StaffAccountRepository staff;

    public SubjectGrants(ResidentAccountRepository residents, StaffAccountRepository staff) {
        this.residents = residents;
        this.staff = staff;
    }

    @Override
    public Uni<AccessTokens.Grant> grantFor(SubjectKind kind, UUID subjectId) {
        return switch (kind) {
            case RESIDENT -> residents.findById(subjectId)
                    .map(account -> account == null ? null : AccessTokens.Grant.resident(account.id,
                            account.person == null ? null : account.person.id));
            case STAFF -> staff.findById(subjectId).map(account -> account == null ? null : staffGrant(account));
        };
    }

    static AccessTokens.Grant staffGrant(StaffAccount account) {
        return new AccessTokens.Grant(account.id, Set.of(account.role.role()),
                Optional.ofNullable(account.institutionId), Optional.ofNullable(account.doctorId));
    }
}
