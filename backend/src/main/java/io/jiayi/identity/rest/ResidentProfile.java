package io.jiayi.identity.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.jiayi.identity.account.Consent;
import io.jiayi.identity.realname.Sex;

@Schema(name = "ResidentProfile", description = "The signed-in resident; phone and ID number masked.")
public record ResidentProfile(
        @Schema(format = "uuid") String id,
        @Schema(example = "138****0000") String phone,
        @Schema(description = "Absent until real-name registration") RealName realName,
        @Schema(maxItems = 20) List<ConsentView> consents) {

    @Schema(name = "RealName")
    public record RealName(
            @Schema(format = "uuid", description = "The id to book and act for this person with") String patientId,
            @Schema(example = "张三") String name,
            @Schema(example = "110105********002X") String idNumber,
            LocalDate birthDate,
            Sex sex) {
    }

    @Schema(name = "Consent")
    public record ConsentView(Consent.Purpose purpose, @Schema(example = "2026-11-v1") String version,
            OffsetDateTime grantedAt, OffsetDateTime withdrawnAt) {
    }
}
