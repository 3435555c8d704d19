package io.jiayi.referral;

public enum ReferralPriority {
    ROUTINE, URGENT
}
