package io.jiayi.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TraceIdsTest {

    @Test
    void aValidTraceparentGivesItsTraceId() {
        assertThat(TraceIds.fromTraceparent("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"))
                .isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
    }

    @Test
    void aMissingOrMalformedTraceparentGivesAFreshId() {
        for (String header : new String[] { null, "", "garbage", "00-XYZ-00f067aa0ba902b7-01",
                "00-00000000000000000000000000000000-00f067aa0ba902b7-01" }) {
            assertThat(TraceIds.fromTraceparent(header)).matches("[0-9a-f]{32}")
                    .isNotEqualTo("00000000000000000000000000000000");
        }
    }
}
