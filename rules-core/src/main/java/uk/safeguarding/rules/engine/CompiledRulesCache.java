package uk.safeguarding.rules.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiled rules by the fingerprint of what they were compiled from. Looked for first among the rules the build
 * compiled (on the classpath under {@value #CLASSPATH_DIRECTORY}/), then in a directory on disk, so an edited rules
 * directory is compiled once and loads fast after that, until a file in it changes.
 *
 * <p>The directory is {@value #PROPERTY} (system property) or SAFEGUARDING_RULES_CACHE (environment), by default
 * safeguarding-rules-cache in the temporary directory; set it to "off" to compile every time. A cache that cannot be
 * read or written only costs time: the rules are compiled instead.
 */
final class CompiledRulesCache {

    static final String CLASSPATH_DIRECTORY = "compiled-rules";
    static final String PROPERTY = "safeguarding.rules.cache";
    private static final String SUFFIX = ".zip";
    private static final Logger LOG = LoggerFactory.getLogger(CompiledRulesCache.class);

    private CompiledRulesCache() {
    }

    static Optional<CompiledRules> find(String key) {
        try (InputStream shipped = CompiledRulesCache.class.getClassLoader().getResourceAsStream(CLASSPATH_DIRECTORY + "/" + key + SUFFIX)) {
            if (shipped != null) {
                return Optional.of(new CompiledRules(shipped.readAllBytes()));
            }
        } catch (IOException e) {
            LOG.warn("Cannot read the compiled rules shipped as {}: {}", key, e.toString());
        }
        Optional<Path> file = directory().map(dir -> dir.resolve(key + SUFFIX)).filter(Files::isRegularFile);
        try {
            return file.isPresent() ? Optional.of(new CompiledRules(Files.readAllBytes(file.get()))) : Optional.empty();
        } catch (IOException e) {
            LOG.warn("Cannot read the cached compiled rules {}: {}", file.get(), e.toString());
            return Optional.empty();
        }
    }

    static void store(String key, CompiledRules rules) {
        Optional<Path> directory = directory();
        if (directory.isEmpty()) {
            return;
        }
        try {
            Files.createDirectories(directory.get());
            // Written aside and moved into place, so a reader never sees half a file.
            Path partial = Files.createTempFile(directory.get(), key, ".partial");
            Files.write(partial, rules.archive());
            Files.move(partial, directory.get().resolve(key + SUFFIX), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.warn("Cannot cache the compiled rules in {}: {}", directory.get(), e.toString());
        }
    }

    static Optional<Path> directory() {
        String configured = System.getProperty(PROPERTY, System.getenv("SAFEGUARDING_RULES_CACHE"));
        if (configured == null || configured.isBlank()) {
            return Optional.of(Path.of(System.getProperty("java.io.tmpdir"), "safeguarding-rules-cache"));
        }
        return "off".equalsIgnoreCase(configured.trim()) ? Optional.empty() : Optional.of(Path.of(configured.trim()));
    }
}
