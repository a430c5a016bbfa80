package uk.safeguarding.rules.cases.mutation;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.safeguarding.rules.input.Json;

/**
 * The mutants listed as unable to change any answer, each with the reason, in a YAML list of
 * {@code {mutant: "RULE-ID: change", reason: "..."}} beside the cases. They are left out of the score; the list is
 * reviewed with the rules, since an entry whose reason does not hold hides a gap in the cases.
 */
public final class EquivalentMutants {

    private EquivalentMutants() {
    }

    /** The reasons by mutant ({@link Mutant#key()}); none when the file does not exist. */
    public static Map<String, String> read(Path file) {
        Map<String, String> reasons = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return reasons;
        }
        JsonNode list;
        try {
            list = Json.yamlMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (list == null) {
            return reasons;
        }
        if (!list.isArray()) {
            throw new IllegalArgumentException(file + ": a list of entries, each with \"mutant\" and \"reason\", is expected");
        }
        for (JsonNode entry : list) {
            String mutant = entry.path("mutant").asText("");
            String reason = entry.path("reason").asText("");
            if (mutant.isBlank() || reason.isBlank()) {
                throw new IllegalArgumentException(file + ": every entry needs \"mutant\" and \"reason\"");
            }
            reasons.put(mutant, reason);
        }
        return reasons;
    }
}
