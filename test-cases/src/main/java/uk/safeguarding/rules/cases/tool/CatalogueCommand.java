package uk.safeguarding.rules.cases.tool;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.safeguarding.rules.cases.mutation.MutationScore;
import uk.safeguarding.rules.engine.RuleSets;
import uk.safeguarding.rules.engine.RuleSource;
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

    @Option(names = "--mutation-score", paramLabel = "FILE", defaultValue = "target/policy-tool/mutation-score.yaml",
            description = "The score the last whole 'mutate' run recorded; shown when it was measured on these rules. Default: ${DEFAULT-VALUE}.")
    Path mutationScore;

    @Override
    public Integer call() {
        RuleSources rules = rules();
        CorpusRun run = CorpusRun.run(cases(), rules.byProfile());
        String contentHash = RuleSets.contentHash(rules.forProfile(RuleSource.NATIONAL).read());
        Reports.write(output, Catalogue.markdown(RuleInventory.of(rules), run, GuidanceStatements.load(),
                MutationScore.read(mutationScore, contentHash)));
        out().println("Wrote the rule catalogue to " + output);
        return 0;
    }
}
