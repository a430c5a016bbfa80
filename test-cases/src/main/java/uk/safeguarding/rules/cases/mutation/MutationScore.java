package uk.safeguarding.rules.cases.mutation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import uk.safeguarding.rules.input.Json;

/**
 * The score of the last full mutation run, kept beside the reports for the catalogue: overall and by rule, with the
 * content hash of the rule set it was measured on, so a score is never shown for rules it was not measured on.
 *
 * @param byRule "noticed/counted" by rule id
 */
public record MutationScore(String contentHash, String summary, Map<String, String> byRule) {

    private static final ObjectMapper YAML = Json.yamlMapper();

    public static MutationScore of(MutationRun run, String contentHash) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (MutationRun.Result result : run.results()) {
            int[] count = counts.computeIfAbsent(result.mutant().ruleId(), id -> new int[2]);
            if (result.verdict() == MutationRun.Verdict.NOTICED) {
                count[0]++;
                count[1]++;
            } else if (result.verdict() == MutationRun.Verdict.UNNOTICED) {
                count[1]++;
            }
        }
        Map<String, String> byRule = new LinkedHashMap<>();
        counts.forEach((id, count) -> byRule.put(id, count[0] + "/" + count[1]));
        return new MutationScore(contentHash, run.summary(), byRule);
    }

    public void write(Path file) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            ObjectNode root = YAML.createObjectNode().put("contentHash", contentHash).put("summary", summary);
            ObjectNode rules = root.putObject("byRule");
            byRule.forEach(rules::put);
            YAML.writeValue(file.toFile(), root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The score recorded in {@code file}, if there is one and it was measured on the rule set with this hash. */
    public static Optional<MutationScore> read(Path file, String contentHash) {
        if (file == null || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode root = YAML.readTree(file.toFile());
            if (!contentHash.equals(root.path("contentHash").asText())) {
                return Optional.empty();
            }
            Map<String, String> byRule = new LinkedHashMap<>();
            root.path("byRule").fields().forEachRemaining(e -> byRule.put(e.getKey(), e.getValue().asText()));
            return Optional.of(new MutationScore(contentHash, root.path("summary").asText(), byRule));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
