package io.jiayi.referral;

/** What an upward referral asks for; each gives the bookings it makes a priority (优先就诊、优先检查、优先住院). */
public enum ReferralRequest {
    CONSULTATION, EXAMINATION, ADMISSION
}
