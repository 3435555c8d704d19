package io.jiayi.devservices.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.time.Duration;

import io.quarkus.deployment.builditem.Startable;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** A throw-away PostgreSQL cluster (initdb on each start) on a free port. */
final class EmbeddedPostgresService implements Startable {

    static final String VERSION = "17";
    static final String USER = "postgres";

    private EmbeddedPostgres postgres;

    @Override
    public void start() {
        try {
            postgres = EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("timezone", "Asia/Shanghai")
                    .setOutputRedirector(Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
        }
    }

    int port() {
        return postgres.getPort();
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    String reactiveUrl(String database) {
        return "postgresql://localhost:" + port() + "/" + database;
    }

    @Override
    public String getConnectionInfo() {
        return jdbcUrl(USER);
    }

    @Override
    public String getContainerId() {
        return "embedded-postgresql-" + port();
    }

    @Override
    public void close() throws IOException {
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }
}
