package io.jiayi.directory.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Short references to other directory entries inside a view. */
public final class Refs {

    private Refs() {
    }

    @Schema(name = "InstitutionRef")
    public record InstitutionRef(
            @Schema(format = "uuid", example = "5f0c3c1e-6a55-4e5e-9d8b-0e7c2c7d9a11") String id,
            @Schema(example = "CHC-XINHUA") String code,
            @Schema(example = "长宁区新华街道社区卫生服务中心") String name) {
    }

    @Schema(name = "StreetRef")
    public record StreetRef(
            @Schema(format = "uuid") String id,
            @Schema(example = "XINHUA") String code,
            @Schema(example = "新华路街道") String name) {
    }

    @Schema(name = "DepartmentRef")
    public record DepartmentRef(@Schema(format = "uuid") String id, @Schema(example = "GP") String code,
            @Schema(example = "全科") String name) {
    }

    @Schema(name = "TeamRef")
    public record TeamRef(@Schema(format = "uuid") String id, @Schema(example = "TEAM-XINHUA-1") String code,
            @Schema(example = "新华社区王敏家庭医生工作室") String name) {
    }
}
