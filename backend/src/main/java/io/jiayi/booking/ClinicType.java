package io.jiayi.booking;

/** 普通门诊, 专科门诊, 专家门诊, 家庭医生门诊. */
public enum ClinicType {
    GENERAL, SPECIALIST, EXPERT, FAMILY_DOCTOR
}
