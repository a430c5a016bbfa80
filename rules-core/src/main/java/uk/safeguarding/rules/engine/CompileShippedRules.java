package uk.safeguarding.rules.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Run by the build (rules-core's process-classes phase): compiles the shipped rules, national and every local profile,
 * into the given directory, which the build packages as {@value CompiledRulesCache#CLASSPATH_DIRECTORY}/. The service
 * and the policy tool then load the shipped rules as classes instead of compiling them at startup.
 */
public final class CompileShippedRules {

    private CompileShippedRules() {
    }

    public static void main(String[] args) throws IOException {
        Path output = Path.of(args[0]);
        Files.createDirectories(output);
        try (Stream<Path> earlier = Files.list(output)) {
            for (Path file : earlier.toList()) {
                Files.delete(file);
            }
        }
        System.setProperty(CompiledRulesCache.PROPERTY, output.toString());
        List<String> profiles = new ArrayList<>(List.of(RuleSource.NATIONAL));
        profiles.addAll(RuleSource.classpath(RuleSource.NATIONAL).localProfiles());
        long start = System.nanoTime();
        for (String profile : profiles) {
            RuleSets.load(RuleSource.classpath(profile));
        }
        System.out.printf("Compiled the shipped rules (%s) into %s in %.1f s%n", String.join(", ", profiles), output,
                (System.nanoTime() - start) / 1e9);
    }
}
