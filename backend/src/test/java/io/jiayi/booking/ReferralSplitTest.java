package io.jiayi.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class ReferralSplitTest {

    @Test
    void twentyPercentOfFourteenOneUnitSlotsIsThreeSpreadOut() {
        int[] units = ReferralSplit.referralUnits(14, 1, new BigDecimal("0.20"));
        assertThat(Arrays.stream(units).sum()).isEqualTo(3);
        assertThat(units[0] + units[1] + units[2]).isZero();
        assertThat(units).containsOnly(0, 1);
    }

    @Test
    void noShareReservesNothingAndAFullShareEverything() {
        assertThat(ReferralSplit.referralUnits(10, 3, BigDecimal.ZERO)).containsOnly(0);
        assertThat(ReferralSplit.referralUnits(10, 3, BigDecimal.ONE)).containsOnly(3);
    }

    @Test
    void aSlotNeverReservesMoreThanItsCapacity() {
        int[] units = ReferralSplit.referralUnits(7, 4, new BigDecimal("0.20"));
        assertThat(Arrays.stream(units).sum()).isEqualTo(6);
        assertThat(Arrays.stream(units).max().orElseThrow()).isLessThanOrEqualTo(4);
    }
}
