package io.jiayi.directory;

/** 职称. Chief and associate chief physicians hold expert clinics (专家门诊). */
public enum DoctorTitle {
    CHIEF_PHYSICIAN, ASSOCIATE_CHIEF_PHYSICIAN, ATTENDING_PHYSICIAN, RESIDENT_PHYSICIAN, CHIEF_NURSE, NURSE;

    public boolean isExpert() {
        return this == CHIEF_PHYSICIAN || this == ASSOCIATE_CHIEF_PHYSICIAN;
    }
}
