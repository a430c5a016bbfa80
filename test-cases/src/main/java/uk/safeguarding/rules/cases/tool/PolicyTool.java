package uk.safeguarding.rules.cases.tool;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command-line tool policy staff use to check a rule change before it goes live. */
@Command(name = "policy-tool", mixinStandardHelpOptions = true, version = "safeguarding-rules policy tool",
        description = {"Check the safeguarding rules before a change goes live: that they compile, that every known case "
                + "still gets the right answer, which cases a change would move, and what each rule says.", ""},
        commandListHeading = "%nCommands:%n",
        subcommands = {ValidateCommand.class, TestCommand.class, CoverageCommand.class, DiffCommand.class,
                ExplainCommand.class, CatalogueCommand.class, MutateCommand.class, RecordCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Run it from the repository root: --rules defaults to ./rules and --cases to ./test-cases/cases. "
                + "Run 'policy-tool help COMMAND' for a command's options.",
                "Exit status: 0 all well, 1 problems found, 2 the command was not used correctly."})
public class PolicyTool implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The tool as the tests drive it, with the same commands and options as on the command line. */
    public static CommandLine commandLine() {
        return new CommandLine(new PolicyTool()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
