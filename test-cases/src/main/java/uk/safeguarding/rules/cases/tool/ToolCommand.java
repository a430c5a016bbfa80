package uk.safeguarding.rules.cases.tool;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import uk.safeguarding.rules.cases.CaseFile;
import uk.safeguarding.rules.cases.CaseFiles;
import uk.safeguarding.rules.cases.RuleSources;

/** What every command has: the shared --rules and --cases options, and where to write. */
abstract class ToolCommand implements Callable<Integer> {

    @Mixin
    Locations locations;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    RuleSources rules() {
        return locations.rules(spec.commandLine());
    }

    List<CaseFile> cases() {
        return CaseFiles.load(locations.cases(spec.commandLine()));
    }

    void requireDirectory(Path directory, String option) {
        Locations.requireDirectory(spec.commandLine(), directory, option);
    }
}
