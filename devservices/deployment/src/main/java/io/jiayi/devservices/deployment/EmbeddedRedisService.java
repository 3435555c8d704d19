package io.jiayi.devservices.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

import io.quarkus.deployment.builditem.Startable;
import redis.embedded.RedisServer;

/**
 * Redis from the binary that embedded-redis ships, extracted once to a fixed place (the library
 * would unpack a new copy on every start) and run without persistence, so no {@code dump.rdb}
 * lands in the working directory.
 */
final class EmbeddedRedisService implements Startable {

    static final String VERSION = "6.2.6";
    private static final String BINARY = "redis-server-6.2.6-v5-linux-amd64";

    private RedisServer server;
    private Path workDir;
    private int port;

    @Override
    public void start() {
        try {
            Path binary = extractedBinary();
            port = freePort();
            workDir = Files.createTempDirectory("jiayi-redis-");
            server = new RedisServer(port,
                    EmbeddedDevServicesProcessor.redisArguments(binary.toString(), port, workDir.toString()), false);
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded Redis did not start", e);
        }
    }

    String url() {
        return "redis://localhost:" + port;
    }

    @Override
    public String getConnectionInfo() {
        return url();
    }

    @Override
    public String getContainerId() {
        return "embedded-redis-" + port;
    }

    @Override
    public void close() throws IOException {
        if (server != null) {
            server.stop();
            server = null;
        }
        if (workDir != null) {
            try (Stream<Path> files = Files.walk(workDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
            workDir = null;
        }
    }

    private static Path extractedBinary() throws IOException {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "jiayi-embedded-redis-" + VERSION);
        Path binary = dir.resolve(BINARY);
        if (Files.isExecutable(binary)) {
            return binary;
        }
        Files.createDirectories(dir);
        Path partial = Files.createTempFile(dir, BINARY, ".part");
        try (InputStream in = RedisServer.class.getResourceAsStream("/" + BINARY)) {
            if (in == null) {
                throw new IOException("embedded-redis ships no " + BINARY);
            }
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
        }
        partial.toFile().setExecutable(true);
        // Atomic move: two test JVMs extracting at once never run a half-written file.
        Files.move(partial, binary, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return binary;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
