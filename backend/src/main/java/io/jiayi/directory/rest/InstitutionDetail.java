package io.jiayi.directory.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InstitutionDetail")
public record InstitutionDetail(
        @Schema(implementation = InstitutionView.class) InstitutionView institution,
        @Schema(example = "以心脏康复为特色的社区卫生服务中心。") String introduction,
        @Schema(description = "Branch centres and service stations of a community centre.", maxItems = 200)
        List<Refs.InstitutionRef> stations,
        @Schema(description = "Family-doctor teams of a community centre.", maxItems = 200)
        List<Refs.TeamRef> teams) {
}
