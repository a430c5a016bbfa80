package uk.safeguarding.rules.cases.tool;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.safeguarding.rules.cases.Catalogue;
import uk.safeguarding.rules.cases.CorpusRun;
import uk.safeguarding.rules.cases.Reports;
import uk.safeguarding.rules.cases.RuleInventory;
import uk.safeguarding.rules.cases.RuleSources;
import uk.safeguarding.rules.guidance.GuidanceStatements;

@Command(name = "catalogue", mixinStandardHelpOptions = true,
        description = {"Write the rule catalogue.",
                "Every rule with what it says, the guidance it encodes, its citation and the cases that exercise it, then "
                        + "the guidance-to-rules-to-cases traceability table."})
class CatalogueCommand extends ToolCommand {

    @Option(names = "--output", paramLabel = "FILE", defaultValue = "target/policy-tool/rule-catalogue.md",
            description = "Where to write the catalogue (Markdown). Default: ${DEFAULT-VALUE}.")
    Path output;

    @Override
    public Integer call() {
        RuleSources rules = rules();
        CorpusRun run = CorpusRun.run(cases(), rules.byProfile());
        Reports.write(output, Catalogue.markdown(RuleInventory.of(rules), run, GuidanceStatements.load()));
        out().println("Wrote the rule catalogue to " + output);
        return 0;
    }
}
