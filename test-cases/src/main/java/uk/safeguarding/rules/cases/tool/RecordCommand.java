package uk.safeguarding.rules.cases.tool;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import uk.safeguarding.rules.assessment.Assessors;
import uk.safeguarding.rules.cases.CaseRecorder;
import uk.safeguarding.rules.input.FieldError;
import uk.safeguarding.rules.input.InvalidCaseException;
import uk.safeguarding.rules.input.RecordReader;

@Command(name = "record", mixinStandardHelpOptions = true,
        description = {"Turn a request body and today's answers into a new case file.",
                "Reads a request (JSON, as sent to POST /api/v1/assessments, for example from Swagger UI), assesses it "
                        + "with the rules, and writes a case file with a placeholder name and story and the current answers "
                        + "and due dates as its expectations. Refuses a request with any field that looks like a name, an "
                        + "address or another identifying detail. Write the story, check each answer against the guidance, "
                        + "then keep the file under the cases directory."})
class RecordCommand extends ToolCommand {

    @Parameters(paramLabel = "REQUEST", description = "The request body (a JSON file).")
    Path request;

    @Option(names = "--output", paramLabel = "FILE", required = true,
            description = "The case file to write, e.g. test-cases/cases/recorded/my-case.yaml. An existing file is never overwritten.")
    Path output;

    @Option(names = "--profile", paramLabel = "PROFILE", defaultValue = "national", description = "The rule profile. Default: ${DEFAULT-VALUE}.")
    String profile;

    @Option(names = "--assessed-on", paramLabel = "DATE", description = "The case's 'today' (YYYY-MM-DD). Default: today in London.")
    LocalDate assessedOn;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = err();
        if (!Files.isRegularFile(request)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "REQUEST " + request + " is not a file");
        }
        if (Files.exists(output)) {
            err.println(output + " already exists; choose another name (a recorded case never overwrites one)");
            return 1;
        }
        JsonNode body;
        try {
            body = RecordReader.parse(Files.readString(request));
        } catch (InvalidCaseException invalid) {
            return refuse(err, invalid.errors());
        }
        List<FieldError> identifying = CaseRecorder.identifyingFields(body);
        if (!identifying.isEmpty()) {
            return refuse(err, identifying);
        }
        String caseFile;
        try {
            caseFile = CaseRecorder.caseFile(body, profile, assessedOn != null ? assessedOn : LocalDate.now(ZoneId.of("Europe/London")),
                    Assessors.load(rules().forProfile(profile)));
        } catch (InvalidCaseException invalid) {
            return refuse(err, invalid.errors());
        }
        if (output.getParent() != null) {
            Files.createDirectories(output.getParent());
        }
        Files.writeString(output, caseFile);
        out().println("Wrote " + output + ". Write its name and story, check each expected answer against the guidance, "
                + "then run 'policy-tool test'.");
        return 0;
    }

    private int refuse(PrintWriter err, List<FieldError> errors) {
        err.println("Not recorded: " + request);
        errors.forEach(error -> err.println("  " + error.path() + ": " + error.message()));
        return 1;
    }
}
