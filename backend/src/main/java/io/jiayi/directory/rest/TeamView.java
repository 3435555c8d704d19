package io.jiayi.directory.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FamilyDoctorTeam", description = "家庭医生工作室: a family doctor's team at a community centre.")
public record TeamView(
        @Schema(format = "uuid") String id,
        @Schema(example = "TEAM-XINHUA-1") String code,
        @Schema(example = "新华社区王敏家庭医生工作室") String name,
        Refs.InstitutionRef institution,
        String introduction,
        @Schema(description = "Members, leader first; present on the detail only.", maxItems = 50) List<DoctorView> members) {
}
