package io.jiayi.identity.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.jiayi.identity.account.Phones;
import io.jiayi.identity.member.MemberStatus;
import io.jiayi.identity.member.Relationship;
import io.jiayi.identity.realname.Sex;

public final class MemberModels {

    private MemberModels() {
    }

    @Schema(name = "NewMember", description = "A family member to manage (就诊人). Under 14: guardianDeclaration true. "
            + "14 or over: the member's phone, to which a consent code is sent.")
    public record NewMember(
            @NotNull Relationship relationship,
            @NotBlank @Size(max = 64) @Schema(maxLength = 64, example = "张小明") String name,
            @NotBlank @Size(max = 20) @Schema(maxLength = 20, pattern = "^\\d{17}[\\dXx]$") String idNumber,
            @Pattern(regexp = Phones.PATTERN, message = "{jiayi.phone.pattern}")
            @Schema(maxLength = 20, example = "13900000000") String phone,
            @Schema(description = "I am this child's guardian (children under 14)") Boolean guardianDeclaration) {
    }

    @Schema(name = "Member")
    public record MemberView(
            @Schema(format = "uuid") String id,
            @Schema(format = "uuid", description = "The id to book and act for this person with, once ACTIVE") String patientId,
            Relationship relationship,
            @Schema(example = "张小明") String name,
            @Schema(example = "310105********1234") String idNumber,
            LocalDate birthDate,
            Sex sex,
            @Schema(example = "139****0000") String phone,
            MemberStatus status,
            OffsetDateTime since) {
    }

    @Schema(name = "ManagerLink", description = "A resident who manages me as their family member")
    public record ManagerLinkView(
            @Schema(format = "uuid") String id,
            @Schema(example = "138****0000") String managerPhone,
            Relationship relationship,
            MemberStatus status,
            OffsetDateTime since) {
    }

    @Schema(name = "Patient", description = "Someone the signed-in resident may act for: themself or an active member")
    public record PatientView(
            @Schema(format = "uuid") String patientId,
            @Schema(example = "张三") String name,
            @Schema(example = "310105********1234") String idNumber,
            LocalDate birthDate,
            Sex sex,
            @Schema(description = "SELF, or the member's relationship") String relationship) {
    }
}
