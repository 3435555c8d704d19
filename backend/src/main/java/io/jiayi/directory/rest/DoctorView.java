package io.jiayi.directory.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.jiayi.directory.DoctorTitle;
import io.jiayi.directory.Gender;
import io.jiayi.directory.TeamRole;

@Schema(name = "Doctor")
public record DoctorView(
        @Schema(format = "uuid") String id,
        @Schema(example = "DR-TONGREN-0001") String code,
        @Schema(example = "陈立群") String name,
        Gender gender,
        DoctorTitle title,
        @Schema(description = "Chief or associate chief physician: holds expert clinics (专家门诊).") boolean expert,
        @Schema(example = "冠心病介入治疗") String specialty,
        @Schema(description = "A family doctor who can sign residents.") boolean familyDoctor,
        Refs.InstitutionRef institution,
        Refs.DepartmentRef department,
        Refs.TeamRef team,
        TeamRole teamRole,
        @Schema(example = "从事心血管内科临床工作二十余年。") String introduction) {
}
