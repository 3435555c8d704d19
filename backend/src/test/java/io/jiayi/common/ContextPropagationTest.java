package io.jiayi.common;

import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.function.Function;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * The app carries no thread-local context across Mutiny callbacks (application.properties says
 * why). A setting renamed by an upgrade, or an extension that brings a context of its own, would
 * bring the per-callback wrapping back without failing anything else: it fails here.
 */
@QuarkusTest
class ContextPropagationTest {

    @Test
    void pipelineCallbacksRunAsWrittenWithNoContextCarried() {
        Function<String, String> function = String::trim;
        Supplier<String> supplier = () -> "unit";

        assertSame(function, Infrastructure.decorate(function));
        assertSame(supplier, Infrastructure.decorate(supplier));
    }
}
