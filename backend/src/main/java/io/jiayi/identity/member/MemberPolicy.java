package io.jiayi.identity.member;

import java.util.Optional;

import io.jiayi.common.error.ProblemCode;

/**
 * Who a resident may add as a family member, and how: at most {@link #MAX_MEMBERS}; a child
 * under 14 on the guardian's declaration (PIPL art. 31); anyone older only with their own
 * consent, given with a code sent to their phone.
 */
public final class MemberPolicy {

    public static final int MAX_MEMBERS = 8;
    public static final int AGE_OF_OWN_CONSENT = 14;

    /** How a member who may be added comes in. */
    public enum Admission {
        BY_GUARDIAN_DECLARATION, BY_MEMBER_CONSENT
    }

    public sealed interface Decision {
    }

    public record Admitted(Admission admission) implements Decision {
    }

    public record Refused(ProblemCode code) implements Decision {
    }

    private MemberPolicy() {
    }

    public static Decision decide(long liveMembers, boolean isSelf, boolean alreadyLinked, int age,
            boolean guardianDeclared, boolean phoneGiven) {
        if (isSelf) {
            return new Refused(ProblemCode.MEMBER_IS_SELF);
        }
        if (alreadyLinked) {
            return new Refused(ProblemCode.MEMBER_ALREADY_ADDED);
        }
        if (liveMembers >= MAX_MEMBERS) {
            return new Refused(ProblemCode.MEMBER_LIMIT_REACHED);
        }
        if (age < AGE_OF_OWN_CONSENT) {
            return guardianDeclared ? new Admitted(Admission.BY_GUARDIAN_DECLARATION)
                    : new Refused(ProblemCode.GUARDIAN_DECLARATION_REQUIRED);
        }
        return phoneGiven ? new Admitted(Admission.BY_MEMBER_CONSENT) : new Refused(ProblemCode.MEMBER_PHONE_REQUIRED);
    }

    public static Optional<Refused> refusal(Decision decision) {
        return decision instanceof Refused refused ? Optional.of(refused) : Optional.empty();
    }
}
