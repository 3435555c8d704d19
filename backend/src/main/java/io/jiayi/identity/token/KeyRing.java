package io.jiayi.identity.token;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;

/**
 * The keys that sign and verify access tokens, read from a folder of PEM files named by their
 * {@code kid}. The folder is read again periodically: a key added there verifies tokens without
 * a restart (and appears in the JWKS), which is how a rotation starts; pointing
 * {@code jiayi.jwt.signing-key-id} at it finishes it. A removed key stops verifying.
 */
// Loaded at start: a service without a usable key must not come up.
@Startup
@ApplicationScoped
public class KeyRing {

    private static final Logger LOG = Logger.getLogger(KeyRing.class);
    private static final Pattern KID = Pattern.compile("^[A-Za-z0-9._-]{1,64}$");

    public record SigningKey(String kid, RSAPrivateCrtKey privateKey, RSAPublicKey publicKey) {
    }

    private record Keys(Map<String, RSAPublicKey> verification, SigningKey signing) {
    }

    private final JwtConfig config;
    private final Clock clock;
    private volatile Keys keys;

    public KeyRing(JwtConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    @PostConstruct
    void load() {
        Path directory = config.keyDirectory().orElseThrow(() -> new IllegalStateException(
                "jiayi.jwt.key-directory is not set: it must name the folder of the token keys"));
        if (config.generateIfMissing() && readKeys(directory).signing() == null) {
            generate(directory);
        }
        reload();
        if (keys.signing() == null) {
            throw new IllegalStateException("No private key in " + directory + " to sign tokens with");
        }
    }

    @Scheduled(every = "${jiayi.jwt.key-reload-interval:60s}", delayed = "${jiayi.jwt.key-reload-interval:60s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void reload() {
        Keys read = readKeys(config.keyDirectory().orElseThrow());
        if (read.signing() == null && keys != null) {
            // Keep signing with the key we have rather than stop issuing tokens.
            LOG.warn("The key folder no longer holds the signing key; keeping the current one");
            read = new Keys(read.verification(), keys.signing());
        }
        keys = read;
    }

    public SigningKey signingKey() {
        return keys.signing();
    }

    public Optional<RSAPublicKey> verificationKey(String kid) {
        return Optional.ofNullable(kid == null ? null : keys.verification().get(kid));
    }

    /** Every key that may verify a token now, by kid. */
    public Map<String, RSAPublicKey> verificationKeys() {
        return keys.verification();
    }

    private Keys readKeys(Path directory) {
        Map<String, RSAPublicKey> verification = new TreeMap<>();
        Map<String, RSAPrivateCrtKey> privateKeys = new TreeMap<>();
        if (Files.isDirectory(directory)) {
            try (Stream<Path> files = Files.list(directory)) {
                files.filter(f -> f.getFileName().toString().endsWith(".pem")).forEach(file -> {
                    String kid = file.getFileName().toString().replaceFirst("\\.pem$", "");
                    if (!KID.matcher(kid).matches()) {
                        LOG.warnf("Ignoring key file %s: its name is not a valid kid", file.getFileName());
                        return;
                    }
                    try {
                        String pem = Files.readString(file, StandardCharsets.US_ASCII);
                        if (pem.contains("BEGIN PRIVATE KEY")) {
                            RSAPrivateCrtKey privateKey = privateKey(pem);
                            privateKeys.put(kid, privateKey);
                            verification.put(kid, publicKeyOf(privateKey));
                        } else if (pem.contains("BEGIN PUBLIC KEY")) {
                            verification.put(kid, publicKey(pem));
                        }
                    } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
                        LOG.warnf("Ignoring key file %s: %s", file.getFileName(), e.getClass().getSimpleName());
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the key folder " + directory, e);
            }
        }
        String signingKid = config.signingKeyId().orElseGet(() -> privateKeys.isEmpty() ? null
                : ((TreeMap<String, RSAPrivateCrtKey>) privateKeys).lastKey());
        SigningKey signing = signingKid == null || !privateKeys.containsKey(signingKid) ? null
                : new SigningKey(signingKid, privateKeys.get(signingKid), verification.get(signingKid));
        return new Keys(Map.copyOf(verification), signing);
    }

    private void generate(Path directory) {
        try {
            Files.createDirectories(directory);
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            String kid = "generated-" + DateTimeFormatter.ofPattern("yyyyMMddHHmmss").format(
                    clock.instant().atZone(clock.getZone()));
            Path partial = Files.createTempFile(directory, kid, ".tmp");
            Files.writeString(partial, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
            Files.move(partial, directory.resolve(kid + ".pem"), StandardCopyOption.ATOMIC_MOVE);
            LOG.infof("Generated token signing key %s in %s (dev and test only)", kid, directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write a generated key to " + directory, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    private static byte[] der(String pem) {
        String body = pem.replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }

    static RSAPrivateCrtKey privateKey(String pem) throws GeneralSecurityException {
        return (RSAPrivateCrtKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der(pem)));
    }

    static RSAPublicKey publicKey(String pem) throws GeneralSecurityException {
        return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der(pem)));
    }

    static RSAPublicKey publicKeyOf(RSAPrivateCrtKey key) throws GeneralSecurityException {
        return (RSAPublicKey) KeyFactory.getInstance("RSA")
                .generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
    }
}
