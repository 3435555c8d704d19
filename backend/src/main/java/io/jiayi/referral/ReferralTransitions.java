package io.jiayi.referral;

import static io.jiayi.referral.ReferralState.ACCEPTED;
import static io.jiayi.referral.ReferralState.ACKNOWLEDGED;
import static io.jiayi.referral.ReferralState.AWAITING_SLOT;
import static io.jiayi.referral.ReferralState.BOOKED;
import static io.jiayi.referral.ReferralState.CANCELLED;
import static io.jiayi.referral.ReferralState.CLOSED;
import static io.jiayi.referral.ReferralState.CREATED;
import static io.jiayi.referral.ReferralState.DECLINED;
import static io.jiayi.referral.ReferralState.EXPIRED;
import static io.jiayi.referral.ReferralState.VISITED;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import io.jiayi.common.error.ProblemCode;
import io.jiayi.common.error.ProblemException;

/** The referral's lifecycle as one table: which action may follow which state, and where it leads. */
public final class ReferralTransitions {

    /** What is done to a referral. */
    public enum Action {
        AWAIT_SLOT, BOOK, ACCEPT, DECLINE, VISIT, CLOSE, CANCEL, EXPIRE, ACKNOWLEDGE, REQUEST_ADMISSION
    }

    private record Rule(Direction direction, Set<ReferralState> from, ReferralState to) {
    }

    private static final Map<Action, Rule> RULES = Map.of(
            Action.AWAIT_SLOT, new Rule(Direction.UP, EnumSet.of(CREATED), AWAITING_SLOT),
            Action.BOOK, new Rule(Direction.UP, EnumSet.of(CREATED, AWAITING_SLOT, BOOKED, ACCEPTED), BOOKED),
            Action.ACCEPT, new Rule(Direction.UP, EnumSet.of(CREATED, AWAITING_SLOT, BOOKED), ACCEPTED),
            Action.DECLINE, new Rule(Direction.UP, EnumSet.of(CREATED, AWAITING_SLOT, BOOKED, ACCEPTED), DECLINED),
            Action.VISIT, new Rule(Direction.UP, EnumSet.of(BOOKED, ACCEPTED), VISITED),
            Action.CANCEL, new Rule(Direction.UP, EnumSet.of(CREATED, AWAITING_SLOT, BOOKED, ACCEPTED), CANCELLED),
            Action.EXPIRE, new Rule(Direction.UP, EnumSet.of(CREATED), EXPIRED),
            Action.ACKNOWLEDGE, new Rule(Direction.DOWN, EnumSet.of(CREATED), ACKNOWLEDGED),
            Action.REQUEST_ADMISSION, new Rule(Direction.UP, EnumSet.of(BOOKED, ACCEPTED, VISITED), null));

    private ReferralTransitions() {
    }

    /**
     * The state after {@code action}, or 409 REFERRAL_STATE_CONFLICT with the current state. Booking
     * an accepted referral keeps it accepted; asking for admission keeps the state.
     */
    public static ReferralState next(Direction direction, ReferralState current, Action action) {
        if (action == Action.CLOSE) {
            // Upward closes after the visit; downward once the family doctor has acknowledged it.
            ReferralState from = direction == Direction.UP ? VISITED : ACKNOWLEDGED;
            if (current != from) {
                throw conflict(current);
            }
            return CLOSED;
        }
        Rule rule = RULES.get(action);
        if (rule.direction() != direction || !rule.from().contains(current)) {
            throw conflict(current);
        }
        if (rule.to() == null || (action == Action.BOOK && current == ACCEPTED)) {
            return current;
        }
        return rule.to();
    }

    public static ProblemException conflict(ReferralState current) {
        return new ProblemException(ProblemCode.REFERRAL_STATE_CONFLICT, Map.of("state", current.name()), current.name());
    }

    /** ICD-10 codes as written in China's clinical records: A00-Z99 with an optional subcode, e.g. I10, E11.9, I25.103. */
    public static boolean icd10Shaped(String code) {
        return code.matches("^[A-Z][0-9]{2}(\\.[0-9A-Z]{1,4})?$");
    }
}
