package uk.safeguarding.rules.cases.tool;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import uk.safeguarding.rules.cases.RuleSources;

/** The --rules and --cases options every command shares, with defaults that work from the repository root. */
class Locations {

    static final Path DEFAULT_RULES = Path.of("rules");
    static final Path DEFAULT_CASES = Path.of("test-cases", "cases");

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Rules directory (holding national/ and local/). Default: ./rules if it exists, otherwise the rules built into the tool.")
    Path rules;

    @Option(names = "--cases", paramLabel = "DIR", description = "Directory of case files (*.yaml). Default: ./test-cases/cases.")
    Path cases;

    RuleSources rules(CommandLine commandLine) {
        if (rules != null) {
            requireDirectory(commandLine, rules, "--rules");
            return new RuleSources(rules);
        }
        return Files.isDirectory(DEFAULT_RULES.resolve("national")) ? new RuleSources(DEFAULT_RULES) : RuleSources.builtIn();
    }

    Path cases(CommandLine commandLine) {
        Path directory = cases != null ? cases : DEFAULT_CASES;
        requireDirectory(commandLine, directory, "--cases");
        return directory;
    }

    static void requireDirectory(CommandLine commandLine, Path directory, String option) {
        if (!Files.isDirectory(directory)) {
            throw new CommandLine.ParameterException(commandLine, option + " " + directory + " is not a directory");
        }
    }
}
