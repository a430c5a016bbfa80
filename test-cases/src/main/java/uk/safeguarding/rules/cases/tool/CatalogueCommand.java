package uk.safeguarding.rules.cases.tool;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.safeguarding.rules.cases.CaseFiles;
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
class CatalogueCommand implements Callable<Integer> {

    @Mixin
    Locations locations;

    @Option(names = "--output", paramLabel = "FILE", defaultValue = "target/policy-tool/rule-catalogue.md",
            description = "Where to write the catalogue (Markdown). Default: ${DEFAULT-VALUE}.")
    Path output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        RuleSources rules = locations.rules(spec.commandLine());
        CorpusRun run = CorpusRun.run(CaseFiles.load(locations.cases(spec.commandLine())), rules.byProfile());
        Reports.write(output, Catalogue.markdown(RuleInventory.of(rules), run, GuidanceStatements.load()));
        spec.commandLine().getOut().println("Wrote the rule catalogue to " + output);
        return 0;
    }
}
