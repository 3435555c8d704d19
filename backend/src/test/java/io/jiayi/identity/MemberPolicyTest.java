package io.jiayi.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.jiayi.common.error.ProblemCode;
import io.jiayi.identity.member.MemberPolicy;
import io.jiayi.identity.member.MemberPolicy.Admission;
import io.jiayi.identity.member.MemberPolicy.Admitted;
import io.jiayi.identity.member.MemberPolicy.Refused;

class MemberPolicyTest {

    @Test
    void aChildUnderFourteenComesInOnTheGuardiansDeclaration() {
        assertThat(MemberPolicy.decide(0, false, false, 13, true, false))
                .isEqualTo(new Admitted(Admission.BY_GUARDIAN_DECLARATION));
        assertThat(MemberPolicy.decide(0, false, false, 0, false, true))
                .isEqualTo(new Refused(ProblemCode.GUARDIAN_DECLARATION_REQUIRED));
    }

    @Test
    void fromFourteenTheMemberConsentsThemself() {
        assertThat(MemberPolicy.decide(0, false, false, 14, true, true))
                .isEqualTo(new Admitted(Admission.BY_MEMBER_CONSENT));
        assertThat(MemberPolicy.decide(0, false, false, 14, true, false))
                .isEqualTo(new Refused(ProblemCode.MEMBER_PHONE_REQUIRED));
    }

    @Test
    void theNinthMemberIsRefused() {
        assertThat(MemberPolicy.decide(7, false, false, 5, true, false)).isInstanceOf(Admitted.class);
        assertThat(MemberPolicy.decide(8, false, false, 5, true, false))
                .isEqualTo(new Refused(ProblemCode.MEMBER_LIMIT_REACHED));
    }

    @Test
    void selfAndDuplicatesAreRefusedFirst() {
        assertThat(MemberPolicy.decide(8, true, false, 40, false, false)).isEqualTo(new Refused(ProblemCode.MEMBER_IS_SELF));
        assertThat(MemberPolicy.decide(8, false, true, 40, false, false))
                .isEqualTo(new Refused(ProblemCode.MEMBER_ALREADY_ADDED));
    }
}
