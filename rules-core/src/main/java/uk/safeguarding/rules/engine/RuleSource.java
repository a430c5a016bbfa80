package uk.safeguarding.rules.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where a rule set comes from: the national rules shipped in the {@code rules} module (on the classpath under
 * {@code safeguarding-rules/}), or a directory a policy officer has edited, laid out the same way
 * ({@code national/*.drl}, {@code local/<profile>.drl}, and the numbers the rules read in {@code parameters/}:
 * {@code thresholds.yaml}, {@code timescales.yaml}, {@code profiles/<profile>.yaml}). A local profile adds its rule
 * file and its parameter file to the national ones. One directory is the whole rule set, rules and numbers together.
 */
public final class RuleSource {

    public static final String NATIONAL = "national";
    /** The parameter files, relative to the rules root. */
    public static final String THRESHOLDS = "parameters/thresholds.yaml";
    public static final String TIMESCALES = "parameters/timescales.yaml";
    public static final String PROFILE_PARAMETERS = "parameters/profiles/";
    private static final String CLASSPATH_ROOT = "safeguarding-rules";

    private final Path directory;
    private final String profile;

    private RuleSource(Path directory, String profile) {
        this.directory = directory;
        this.profile = profile == null || profile.isBlank() ? NATIONAL : profile.trim();
    }

    /** The rules shipped with the product. */
    public static RuleSource classpath(String profile) {
        return new RuleSource(null, profile);
    }

    /** Edited rules in a directory holding {@code national/} and optionally {@code local/}. */
    public static RuleSource directory(Path directory, String profile) {
        return new RuleSource(directory.toAbsolutePath().normalize(), profile);
    }

    public String profile() {
        return profile;
    }

    /** The rules directory, or empty for the rules shipped with the product. */
    public java.util.Optional<Path> directory() {
        return java.util.Optional.ofNullable(directory);
    }

    public boolean isLocalProfile() {
        return !NATIONAL.equals(profile);
    }

    /** Where the rules were read from, for reports: "classpath" or the directory. */
    public String origin() {
        return directory == null ? "classpath:" + CLASSPATH_ROOT : directory.toString();
    }

    /**
     * Every file of the rule set: the national rule files in name order, then the profile's rule file, then the
     * national parameter files and the profile's parameter file (when it has one).
     */
    public List<RuleFile> read() {
        return withRoot(this::readFrom);
    }

    /**
     * SHA-256 of every file under the rules root, its path and its bytes, whatever kind of file it is: compiled rules
     * are cached by it, so a change to any file in the rule set compiles the rules again. The rules module's own build
     * files (pom.xml, target/) and hidden files are not part of the rule set.
     */
    public String fingerprint() {
        return withRoot(root -> {
            try (Stream<Path> entries = Files.walk(root)) {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                for (Path file : entries.filter(Files::isRegularFile).filter(file -> partOfTheRuleSet(relative(root, file))).sorted(Comparator.comparing(p -> relative(root, p))).toList()) {
                    digest.update(relative(root, file).getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0);
                    digest.update(Files.readAllBytes(file));
                    digest.update((byte) 0);
                }
                return HexFormat.of().formatHex(digest.digest());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The local profiles this source offers, by name: one per local/&lt;profile&gt;.drl. */
    public List<String> localProfiles() {
        return withRoot(root -> availableProfiles(root.resolve("local")));
    }

    /** Runs {@code reading} on the root of the rules, wherever they are: a directory, or inside the rules jar. */
    private <T> T withRoot(java.util.function.Function<Path, T> reading) {
        if (directory != null) {
            return reading.apply(directory);
        }
        URL national = RuleSource.class.getClassLoader().getResource(CLASSPATH_ROOT + "/" + NATIONAL);
        if (national == null) {
            throw new RuleSetException("No rules found", List.of(new RuleProblem(null, 0,
                    "the rules module is not on the classpath (looked for " + CLASSPATH_ROOT + "/" + NATIONAL + ")")));
        }
        try {
            URI uri = national.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = openJar(uri)) {
                    return reading.apply(jar.getPath("/" + CLASSPATH_ROOT));
                }
            }
            return reading.apply(Path.of(uri).getParent());
        } catch (URISyntaxException | IOException e) {
            throw new UncheckedIOException(new IOException("Cannot read the rules from " + national, e));
        }
    }

    /** Opens the jar as its own zip file system, so closing it never affects another reader of the same jar. */
    private static FileSystem openJar(URI uri) throws IOException {
        String jarFile = uri.getRawSchemeSpecificPart().split("!/", 2)[0];
        return FileSystems.newFileSystem(Path.of(URI.create(jarFile)));
    }

    private List<RuleFile> readFrom(Path root) {
        Path nationalDir = root.resolve(NATIONAL);
        if (!Files.isDirectory(nationalDir)) {
            throw new RuleSetException("No rules found", List.of(new RuleProblem(null, 0,
                    "expected the national rules in " + nationalDir + " (a rules directory holds national/*.drl and local/*.drl)")));
        }
        List<RuleFile> files = new ArrayList<>(drlFiles(root, nationalDir));
        if (isLocalProfile()) {
            Path local = root.resolve("local").resolve(profile + ".drl");
            if (!Files.isRegularFile(local)) {
                throw new RuleSetException("Unknown local profile", List.of(new RuleProblem(null, 0,
                        "no rule file for profile \"" + profile + "\" at " + local + "; available profiles: "
                                + availableProfiles(root.resolve("local")))));
            }
            files.add(toRuleFile(root, local));
        }
        List<String> parameters = new ArrayList<>(List.of(THRESHOLDS, TIMESCALES));
        if (isLocalProfile()) {
            parameters.add(PROFILE_PARAMETERS + profile + ".yaml");
        }
        parameters.stream().map(root::resolve).filter(Files::isRegularFile).forEach(file -> files.add(toRuleFile(root, file)));
        return files;
    }

    private static List<String> availableProfiles(Path localDir) {
        if (!Files.isDirectory(localDir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(localDir)) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".drl"))
                    .map(n -> n.substring(0, n.length() - ".drl".length())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<RuleFile> drlFiles(Path root, Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> p.getFileName().toString().endsWith(".drl")).sorted()
                    .map(p -> toRuleFile(root, p)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean partOfTheRuleSet(String relativePath) {
        return !relativePath.equals("pom.xml") && !relativePath.startsWith("target/") && !relativePath.startsWith(".")
                && !relativePath.contains("/.");
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static RuleFile toRuleFile(Path root, Path file) {
        try {
            return new RuleFile(relative(root, file), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
