package io.jiayi.booking;

/** 普通门诊, 专科门诊, 专家门诊, 家庭医生门诊, and examination resources (检查: CT, MRI, ...) on the same slot engine. */
public enum ClinicType {
    GENERAL, SPECIALIST, EXPERT, FAMILY_DOCTOR, EXAMINATION
}
