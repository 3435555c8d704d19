package io.jiayi.directory.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.jiayi.directory.InstitutionLevel;
import io.jiayi.directory.InstitutionType;

@Schema(name = "Institution")
public record InstitutionView(
        @Schema(format = "uuid") String id,
        @Schema(example = "CHC-XINHUA") String code,
        @Schema(example = "长宁区新华街道社区卫生服务中心") String name,
        @Schema(example = "新华社区") String shortName,
        InstitutionType type,
        InstitutionLevel level,
        @Schema(description = "The community centre a branch or station belongs to.") Refs.InstitutionRef parent,
        @Schema(description = "The street a centre serves, or a branch, station or hospital stands in.") Refs.StreetRef street,
        @Schema(example = "长宁区番禺路 1 号") String address,
        @Schema(example = "021-62800000") String phone,
        @Schema(description = "一中心一品牌: the centre's signature service.", example = "心脏康复") String signatureService) {
}
