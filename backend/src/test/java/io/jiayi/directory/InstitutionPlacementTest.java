package io.jiayi.directory;

import static io.jiayi.directory.InstitutionType.BRANCH_CENTRE;
import static io.jiayi.directory.InstitutionType.CITY_HOSPITAL;
import static io.jiayi.directory.InstitutionType.COMMUNITY_CENTRE;
import static io.jiayi.directory.InstitutionType.DISTRICT_HOSPITAL;
import static io.jiayi.directory.InstitutionType.SERVICE_STATION;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.jiayi.common.error.ProblemCode;

class InstitutionPlacementTest {

    @Test
    void aStationOrBranchBelongsToACommunityCentre() {
        assertThat(InstitutionPlacement.check(SERVICE_STATION, COMMUNITY_CENTRE, null)).isEmpty();
        assertThat(InstitutionPlacement.check(BRANCH_CENTRE, COMMUNITY_CENTRE, null)).isEmpty();
    }

    @Test
    void aStationWithoutAParentIsRefused() {
        assertThat(InstitutionPlacement.check(SERVICE_STATION, null, null))
                .containsInstanceOf(InstitutionPlacement.ParentRequired.class);
    }

    @Test
    void aStationUnderAnythingButACentreIsRefused() {
        assertThat(InstitutionPlacement.check(SERVICE_STATION, SERVICE_STATION, null))
                .containsInstanceOf(InstitutionPlacement.ParentNotACentre.class);
        assertThat(InstitutionPlacement.check(BRANCH_CENTRE, DISTRICT_HOSPITAL, null))
                .containsInstanceOf(InstitutionPlacement.ParentNotACentre.class);
    }

    @Test
    void centresAndHospitalsHaveNoParent() {
        assertThat(InstitutionPlacement.check(DISTRICT_HOSPITAL, COMMUNITY_CENTRE, null))
                .containsInstanceOf(InstitutionPlacement.ParentNotAllowed.class);
        assertThat(InstitutionPlacement.check(CITY_HOSPITAL, null, null)).isEmpty();
        assertThat(InstitutionPlacement.check(COMMUNITY_CENTRE, null, null)).isEmpty();
    }

    @Test
    void aStreetIsServedByOneCentreOnly() {
        var rejection = InstitutionPlacement.check(COMMUNITY_CENTRE, null, "新华社区");
        assertThat(rejection).containsInstanceOf(InstitutionPlacement.StreetAlreadyServed.class);
        assertThat(rejection.get().code()).isEqualTo(ProblemCode.STREET_ALREADY_SERVED);
        // Hospitals may stand in a street a centre serves.
        assertThat(InstitutionPlacement.check(DISTRICT_HOSPITAL, null, "新华社区")).isEmpty();
    }
}
