package io.jiayi.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.jiayi.common.error.ProblemCode;
import io.jiayi.common.error.ProblemException;
import io.jiayi.referral.ReferralTransitions.Action;

/** The referral lifecycle table: what may follow what, and where it leads. */
class ReferralTransitionsTest {

    private static ReferralState up(ReferralState from, Action action) {
        return ReferralTransitions.next(Direction.UP, from, action);
    }

    @Test
    void anUpwardReferralGoesFromCreatedThroughBookingAndVisitToClosed() {
        assertEquals(ReferralState.AWAITING_SLOT, up(ReferralState.CREATED, Action.AWAIT_SLOT));
        assertEquals(ReferralState.BOOKED, up(ReferralState.AWAITING_SLOT, Action.BOOK));
        assertEquals(ReferralState.ACCEPTED, up(ReferralState.BOOKED, Action.ACCEPT));
        assertEquals(ReferralState.VISITED, up(ReferralState.ACCEPTED, Action.VISIT));
        assertEquals(ReferralState.CLOSED, up(ReferralState.VISITED, Action.CLOSE));
    }

    @Test
    void bookingAnAcceptedReferralKeepsItAcceptedAndAskingForAdmissionKeepsTheState() {
        assertEquals(ReferralState.ACCEPTED, up(ReferralState.ACCEPTED, Action.BOOK));
        assertEquals(ReferralState.VISITED, up(ReferralState.VISITED, Action.REQUEST_ADMISSION));
    }

    @Test
    void anIllegalStepIsAConflictNamingTheCurrentState() {
        ProblemException refused = assertThrows(ProblemException.class, () -> up(ReferralState.CLOSED, Action.ACCEPT));
        assertEquals(ProblemCode.REFERRAL_STATE_CONFLICT, refused.code());
        assertThrows(ProblemException.class, () -> up(ReferralState.CREATED, Action.VISIT));
        assertThrows(ProblemException.class, () -> up(ReferralState.BOOKED, Action.EXPIRE));
        assertThrows(ProblemException.class, () -> up(ReferralState.DECLINED, Action.CANCEL));
        assertThrows(ProblemException.class, () -> up(ReferralState.CREATED, Action.CLOSE));
    }

    @Test
    void aDownwardReferralIsAcknowledgedThenClosedAndTakesNoUpwardStep() {
        assertEquals(ReferralState.ACKNOWLEDGED, ReferralTransitions.next(Direction.DOWN, ReferralState.CREATED,
                Action.ACKNOWLEDGE));
        assertEquals(ReferralState.CLOSED, ReferralTransitions.next(Direction.DOWN, ReferralState.ACKNOWLEDGED,
                Action.CLOSE));
        assertThrows(ProblemException.class, () -> ReferralTransitions.next(Direction.DOWN, ReferralState.CREATED,
                Action.BOOK));
        assertThrows(ProblemException.class, () -> up(ReferralState.CREATED, Action.ACKNOWLEDGE));
    }

    @Test
    void icd10CodesAreALetterTwoDigitsAndAnOptionalSubcode() {
        for (String code : new String[] { "I10", "E11.9", "I25.103", "C34.1" }) {
            assertTrue(ReferralTransitions.icd10Shaped(code), code);
        }
        for (String code : new String[] { "10", "I1", "i10", "I10.", "I10.12345", "II0" }) {
            assertFalse(ReferralTransitions.icd10Shaped(code), code);
        }
    }
}
