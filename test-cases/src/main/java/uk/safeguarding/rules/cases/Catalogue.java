package uk.safeguarding.rules.cases;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import uk.safeguarding.rules.cases.mutation.MutationScore;
import uk.safeguarding.rules.engine.RuleInfo;
import uk.safeguarding.rules.guidance.GuidanceStatement;
import uk.safeguarding.rules.guidance.GuidanceStatements;

/**
 * The rule catalogue as a Markdown document: every rule with what it says, the guidance it encodes and its citation,
 * and the cases that exercise it; then the traceability from each guidance statement to its rules and cases.
 */
public final class Catalogue {

    private Catalogue() {
    }

    /** @param mutation the score of the last mutation run on these rules, if one was measured */
    public static String markdown(Collection<RuleInfo> rules, CorpusRun run, GuidanceStatements guidance, Optional<MutationScore> mutation) {
        Map<String, Set<String>> casesByRule = run.casesByRule(rules);
        StringBuilder md = new StringBuilder("# Rule catalogue\n\n")
                .append(rules.size()).append(" rules; ").append(run.summary()).append(".\n")
                .append("Mutation score (would the cases notice a small mistake in a rule?): ")
                .append(mutation.map(MutationScore::summary).orElse("not measured on these rules; run `policy-tool mutate`"))
                .append(".\n")
                .append("Each rule's name is what it says. Generated from the rule files and the regression cases; ")
                .append("do not edit by hand.\n\n");
        Map<String, List<RuleInfo>> byFile = rules.stream()
                .collect(Collectors.groupingBy(RuleInfo::file, LinkedHashMap::new, Collectors.toList()));
        byFile.forEach((file, inFile) -> {
            md.append("## ").append(file).append("\n\n");
            for (RuleInfo rule : inFile) {
                md.append("### ").append(rule.id()).append(": ").append(rule.name()).append("\n\n");
                md.append("- Source: `").append(rule.file()).append(':').append(rule.line()).append("`")
                        .append(rule.isLocal() ? " (local practice: " + rule.profile() + ")" : " (national)").append('\n');
                md.append("- Citation: ").append(rule.citation()).append('\n');
                for (String id : rule.guidance()) {
                    md.append("- Guidance ").append(id).append(": ")
                            .append(guidance.find(id).map(GuidanceStatement::text).orElse("(not in the digest)")).append('\n');
                }
                Set<String> cases = casesByRule.getOrDefault(rule.id(), Set.of());
                md.append("- Exercised by: ").append(cases.isEmpty() ? "**no case**"
                        : cases.stream().map(c -> "`" + c + "`").collect(Collectors.joining(", "))).append('\n');
                mutation.map(score -> score.byRule().get(rule.id())).ifPresent(score -> md.append("- Mutants noticed: ").append(score).append('\n'));
                md.append('\n');
            }
        });
        md.append("## Traceability: guidance to rules to cases\n\n| Guidance | Statement | Rules | Cases |\n|---|---|---|---|\n");
        for (GuidanceStatement statement : guidance.all()) {
            List<String> ruleIds = rules.stream().filter(r -> r.guidance().contains(statement.id())).map(RuleInfo::id).toList();
            Set<String> cases = new TreeSet<>();
            ruleIds.forEach(id -> cases.addAll(casesByRule.getOrDefault(id, Set.of())));
            run.results().stream().filter(r -> r.file().readable() && r.file().testCase().guidance().contains(statement.id()))
                    .forEach(r -> cases.add(r.file().name()));
            md.append("| ").append(statement.id()).append(" | ").append(statement.text().replace("|", "/")).append(" | ")
                    .append(ruleIds.isEmpty() ? "**none**" : String.join(", ", ruleIds)).append(" | ")
                    .append(cases.isEmpty() ? "**none**" : cases.size() + ": " + String.join(", ", cases)).append(" |\n");
        }
        return md.toString();
    }
}
