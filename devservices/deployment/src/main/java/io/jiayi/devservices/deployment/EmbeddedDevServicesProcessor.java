package io.jiayi.devservices.deployment;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import io.quarkus.deployment.IsDevServicesSupportedByLaunchMode;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.annotations.BuildSteps;
import io.quarkus.deployment.builditem.DevServicesResultBuildItem;
import io.quarkus.deployment.builditem.FeatureBuildItem;
import io.quarkus.deployment.dev.devservices.DevServicesConfig;

/**
 * Gives dev mode and {@code @QuarkusTest} a real PostgreSQL and a real Redis on a machine that
 * has only a JDK. Each server starts only when its address is not configured, so a developer
 * or CI machine pointing at its own servers (environment variables) gets those instead.
 */
@BuildSteps(onlyIf = { IsDevServicesSupportedByLaunchMode.class, DevServicesConfig.Enabled.class })
public class EmbeddedDevServicesProcessor {

    static final String FEATURE = "jiayi-embedded-devservices";
    private static final Logger LOG = Logger.getLogger(EmbeddedDevServicesProcessor.class);

    @BuildStep
    FeatureBuildItem feature() {
        return new FeatureBuildItem(FEATURE);
    }

    @BuildStep
    void embeddedPostgres(BuildProducer<DevServicesResultBuildItem> devServices) {
        Config config = ConfigProvider.getConfig();
        if (isSet(config, "quarkus.datasource.reactive.url") || isSet(config, "quarkus.datasource.jdbc.url")
                || !enabled(config, "jiayi.devservices.postgres.enabled")) {
            LOG.debug("PostgreSQL address configured: no embedded PostgreSQL");
            return;
        }
        String database = config.getOptionalValue("jiayi.devservices.postgres.database", String.class).orElse("postgres");
        Map<String, Function<EmbeddedPostgresService, String>> provided = Map.of(
                "quarkus.datasource.jdbc.url", pg -> pg.jdbcUrl(database),
                "quarkus.datasource.reactive.url", pg -> pg.reactiveUrl(database),
                "quarkus.datasource.username", pg -> EmbeddedPostgresService.USER,
                "quarkus.datasource.password", pg -> EmbeddedPostgresService.USER);
        devServices.produce(DevServicesResultBuildItem.<EmbeddedPostgresService> owned()
                .feature(FEATURE)
                .serviceName("embedded-postgresql")
                .description("Embedded PostgreSQL " + EmbeddedPostgresService.VERSION)
                .serviceConfig(database)
                .startable(EmbeddedPostgresService::new)
                .configProvider(provided)
                .build());
    }

    @BuildStep
    void embeddedRedis(BuildProducer<DevServicesResultBuildItem> devServices) {
        Config config = ConfigProvider.getConfig();
        if (isSet(config, "quarkus.redis.hosts") || !enabled(config, "jiayi.devservices.redis.enabled")) {
            LOG.debug("Redis address configured: no embedded Redis");
            return;
        }
        devServices.produce(DevServicesResultBuildItem.<EmbeddedRedisService> owned()
                .feature(FEATURE)
                .serviceName("embedded-redis")
                .description("Embedded Redis " + EmbeddedRedisService.VERSION)
                .serviceConfig("redis")
                .startable(EmbeddedRedisService::new)
                .configProvider(Map.of("quarkus.redis.hosts", EmbeddedRedisService::url))
                .build());
    }

    private static boolean isSet(Config config, String key) {
        Optional<String> value = config.getOptionalValue(key, String.class);
        return value.isPresent() && !value.get().isBlank();
    }

    private static boolean enabled(Config config, String key) {
        return config.getOptionalValue(key, Boolean.class).orElse(true);
    }

    static List<String> redisArguments(String binary, int port, String dir) {
        return List.of(binary, "--port", Integer.toString(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no", "--dir", dir);
    }
}
