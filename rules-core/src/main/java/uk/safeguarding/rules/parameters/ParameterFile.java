package uk.safeguarding.rules.parameters;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import uk.safeguarding.rules.engine.RuleFile;
import uk.safeguarding.rules.engine.RuleProblem;

/**
 * One parameter file of a rule set, read as YAML. A problem in it is reported at the line of the entry it concerns,
 * as a rule file's problems are, so policy staff can go straight to the number they mistyped.
 */
public final class ParameterFile {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final RuleFile file;
    private final JsonNode root;

    private ParameterFile(RuleFile file, JsonNode root) {
        this.file = file;
        this.root = root;
    }

    /** The parameter file at {@code path} among a rule set's files. */
    public static ParameterFile required(List<RuleFile> files, String path, String whyNeeded) {
        return optional(files, path).orElseThrow(() -> new ParameterException(new RuleProblem(path, 0,
                "is missing from the rules directory: " + whyNeeded)));
    }

    public static Optional<ParameterFile> optional(List<RuleFile> files, String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst().map(ParameterFile::parse);
    }

    private static ParameterFile parse(RuleFile file) {
        try {
            JsonNode root = YAML.readTree(file.content());
            return new ParameterFile(file, root == null || root.isMissingNode() ? YAML.createObjectNode() : root);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ParameterException(new RuleProblem(file.path(), line, "is not valid YAML: " + e.getOriginalMessage()));
        }
    }

    public String path() {
        return file.path();
    }

    public JsonNode root() {
        return root;
    }

    /** A problem with the entry named {@code key}, placed at the first line that defines it. */
    public ParameterException problem(String key, String message) {
        Pattern definition = Pattern.compile("^\\s*" + Pattern.quote(key) + "\\s*:");
        String[] lines = file.content().split("\n", -1);
        int line = 0;
        for (int i = 0; i < lines.length && line == 0; i++) {
            if (definition.matcher(lines[i]).find()) {
                line = i + 1;
            }
        }
        return new ParameterException(new RuleProblem(file.path(), line, message));
    }
}
