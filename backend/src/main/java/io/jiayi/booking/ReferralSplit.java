package io.jiayi.booking;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How many of each slot's units a schedule reserves for referrals: the share of all its units,
 * rounded, spread evenly over the slots (so 20% of twelve one-unit expert slots reserves every
 * fifth one or so, not the first two).
 */
public final class ReferralSplit {

    private ReferralSplit() {
    }

    /** Referral units per slot, in slot order. */
    public static int[] referralUnits(int slots, int capacityPerSlot, BigDecimal share) {
        int total = slots * capacityPerSlot;
        int reserved = share.multiply(BigDecimal.valueOf(total)).setScale(0, RoundingMode.HALF_UP).intValueExact();
        int[] perSlot = new int[slots];
        for (int unit = 0; unit < total; unit++) {
            // Unit j is reserved when the running quota ticks over: an even spread of `reserved` over `total`.
            long before = (long) unit * reserved / total;
            long after = (long) (unit + 1) * reserved / total;
            if (after > before) {
                perSlot[unit / capacityPerSlot]++;
            }
        }
        return perSlot;
    }
}
