package io.jiayi.directory.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.jiayi.directory.DepartmentCategory;

@Schema(name = "Department")
public record DepartmentView(
        @Schema(format = "uuid") String id,
        @Schema(example = "CARDIOLOGY") String code,
        @Schema(example = "心内科") String name,
        DepartmentCategory category,
        Refs.InstitutionRef institution,
        @Schema(example = "开展冠心病、高血压、心力衰竭的诊治。") String introduction) {
}
