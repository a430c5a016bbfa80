package uk.safeguarding.rules.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.safeguarding.rules.assessment.Assessment;
import uk.safeguarding.rules.assessment.Assessor;
import uk.safeguarding.rules.assessment.Assessors;
import uk.safeguarding.rules.assessment.Verdict;
import uk.safeguarding.rules.calendar.CaseDates;
import uk.safeguarding.rules.calendar.TimescaleCalculator;
import uk.safeguarding.rules.calendar.WorkingDayCalendar;
import uk.safeguarding.rules.engine.RuleInfo;
import uk.safeguarding.rules.engine.RuleSet;
import uk.safeguarding.rules.engine.RuleSource;
import uk.safeguarding.rules.guidance.GuidanceStatements;
import uk.safeguarding.rules.input.CaseReader;
import uk.safeguarding.rules.input.FieldError;
import uk.safeguarding.rules.input.InputLimits;
import uk.safeguarding.rules.input.InvalidCaseException;
import uk.safeguarding.rules.input.RecordReader;
import uk.safeguarding.rules.model.Incident;
import uk.safeguarding.rules.model.IncidentOutcome;
import uk.safeguarding.rules.model.RapidReviewMeeting;
import uk.safeguarding.rules.model.SafeguardingCase;
import uk.safeguarding.rules.report.RapidReviewDocuments;
import uk.safeguarding.rules.report.RapidReviewWriter;

/**
 * Everything the API does, handed to rules-core: read and check the request, assess, render. The rule set is loaded
 * once at startup, by {@link StartupLine} (a rule set that does not compile stops startup with its problems), and
 * shared by every request; a reload swaps in a new one atomically ({@link #serve}). Each request takes the rule set serving when it starts and
 * finishes on it, so a request in flight during a swap is answered wholly by the old set.
 */
@ApplicationScoped
public class SafeguardingService {

    /** One rule set serving, with what is derived from it: its assessor, its timescales and its catalogue. */
    private record Serving(Assessor assessor, TimescaleCalculator timescales, RuleCatalogue catalogue) {
    }

    private final AtomicReference<Serving> serving = new AtomicReference<>();
    private final RuleSource source;
    private final WorkingDayCalendar calendar;
    private final CaseReader reader = new CaseReader(Clock.systemUTC());
    private final Duration batchTimeLimit;
    private final DecisionLog decisions;
    private final RapidReviewWriter documents;

    @Inject
    SafeguardingService(@ConfigProperty(name = "safeguarding.rules.directory") Optional<Path> rulesDirectory,
                        @ConfigProperty(name = "safeguarding.rules.profile", defaultValue = "national") String profile,
                        @ConfigProperty(name = "safeguarding.calendar.file") Optional<Path> calendarFile,
                        @ConfigProperty(name = "safeguarding.batch.time-limit", defaultValue = "30S") Duration batchTimeLimit,
                        DecisionLog decisions) {
        this.source = rulesDirectory.map(dir -> RuleSource.directory(dir, profile)).orElse(RuleSource.classpath(profile));
        this.calendar = calendarFile.map(WorkingDayCalendar::fromFile).orElseGet(WorkingDayCalendar::englandAndWales);
        this.batchTimeLimit = batchTimeLimit;
        this.decisions = decisions;
        // Edited rules bring their edited wording: a rules directory's templates/ folder, when it has one.
        this.documents = rulesDirectory.map(dir -> dir.resolve("templates")).filter(java.nio.file.Files::isDirectory)
                .map(RapidReviewWriter::fromDirectory).orElseGet(RapidReviewWriter::shipped);
        serve(Assessors.load(source, calendar, Clock.systemUTC()));
    }

    /** Swaps in a rule set checked elsewhere; requests already running finish on the one they started with. */
    public void serve(Assessor assessor) {
        serving.set(new Serving(assessor, new TimescaleCalculator(calendar, assessor.ruleSet().timescales()), catalogue(assessor.ruleSet())));
    }

    /** Where the rules are read from, for reloading them. */
    public RuleSource source() {
        return source;
    }

    public RuleSet ruleSet() {
        return serving.get().assessor().ruleSet();
    }

    public WorkingDayCalendar calendar() {
        return calendar;
    }

    public Assessment assess(String body, boolean withImpact, Caller caller) {
        Assessment assessment = serving.get().assessor().assess(reader.read(body), withImpact);
        decisions.assessed(caller, assessment, null);
        return assessment;
    }

    /** A case already in the request's JSON shape, as the leads' page builds it from its form. */
    public Assessment assess(JsonNode request, boolean withImpact, Caller caller) {
        Assessment assessment = serving.get().assessor().assess(reader.read(request), withImpact);
        decisions.assessed(caller, assessment, null);
        return assessment;
    }

    /** The Rapid Review record and its working notes for one case, both from the same assessment. */
    public RapidReviewDocuments documents(String body, boolean withImpact, Caller caller) {
        return documents(reader.read(body), withImpact, caller);
    }

    /** The same, for a case already in the request's JSON shape, as the leads' page builds it. */
    public RapidReviewDocuments documents(JsonNode request, boolean withImpact, Caller caller) {
        return documents(reader.read(request), withImpact, caller);
    }

    private RapidReviewDocuments documents(SafeguardingCase safeguardingCase, boolean withImpact, Caller caller) {
        Assessment assessment = serving.get().assessor().assess(safeguardingCase, withImpact);
        decisions.assessed(caller, assessment, null);
        return documents.write(safeguardingCase, assessment);
    }

    /**
     * One result per case, in order; a case that cannot be read gets a problem and the others go on. Once the batch has
     * run for safeguarding.batch.time-limit, the cases not yet reached get a problem saying so instead of an answer.
     */
    public BatchResponse assessBatch(String body, boolean withImpact, String instance, Caller caller) {
        JsonNode cases = RecordReader.parse(body).get("cases");
        if (cases == null || !cases.isArray()) {
            throw new InvalidCaseException(List.of(new FieldError("cases", "is required: a list of cases to assess")));
        }
        if (cases.size() > InputLimits.MAX_BATCH_SIZE) {
            throw new InvalidCaseException(List.of(new FieldError("cases", "has " + cases.size()
                    + " cases; at most " + InputLimits.MAX_BATCH_SIZE + " can be assessed in one request (limit: batch size "
                    + InputLimits.MAX_BATCH_SIZE + ")")));
        }
        Assessor assessor = serving.get().assessor();
        long stopAt = System.nanoTime() + batchTimeLimit.toNanos();
        List<BatchResponse.Item> results = new ArrayList<>();
        for (int index = 0; index < cases.size(); index++) {
            if (System.nanoTime() - stopAt > 0) {
                results.add(new BatchResponse.Item(index, null, Problem.of(Problem.Kind.NOT_REACHED, "The batch reached its time "
                        + "limit of " + batchTimeLimit.toSeconds() + " seconds before this case; send it again, or ask without "
                        + "impact.", instance, List.of(new FieldError("cases[" + index + "]", "was not assessed (limit: batch time "
                        + batchTimeLimit.toSeconds() + " s)")))));
                continue;
            }
            try {
                Assessment assessment = assessor.assess(reader.read(cases.get(index)), withImpact);
                decisions.assessed(caller, assessment, index);
                results.add(new BatchResponse.Item(index, assessment, null));
            } catch (InvalidCaseException invalid) {
                results.add(new BatchResponse.Item(index, null, Problem.of(Problem.Kind.INVALID_INPUT,
                        "Case " + index + " of the batch has problems; correct them and send it again.", instance, invalid.errors())));
            }
        }
        return new BatchResponse(results);
    }

    public TimescalesResponse timescales(String body) {
        TimescalesRequest request = RecordReader.read(RecordReader.parse(body), TimescalesRequest.class);
        if (request.awarenessDate() == null) {
            throw new InvalidCaseException(List.of(new FieldError("awarenessDate",
                    "is required: the date the local authority became aware of the incident")));
        }
        CaseDates dates = new CaseDates(request.incidentDate(), request.awarenessDate(), request.referralDate(),
                request.notificationDate(), request.scopingTemplateSentDate(), request.rapidReviewMeetingDate(),
                request.localReviewDecisionDate(), request.plannedPublicationDate());
        Serving now = serving.get();
        return new TimescalesResponse(now.assessor().ruleSet().profile(), now.timescales().all(dates));
    }

    /** The quorum verdict for a meeting, from the same rules as a full assessment. */
    public Verdict quorum(String body) {
        QuorumRequest request = RecordReader.read(RecordReader.parse(body), QuorumRequest.class);
        if (request.attendees() == null || request.attendees().isEmpty()) {
            throw new InvalidCaseException(List.of(new FieldError("attendees", "is required: the organisation of each person attending")));
        }
        SafeguardingCase meetingOnly = new SafeguardingCase(null, null,
                new Incident(IncidentOutcome.UNKNOWN, null, null, null, null, null, null, null), null, null, null, null, null,
                null, null, new RapidReviewMeeting(request.attendees(), request.agenciesInvolved()), null, null);
        return serving.get().assessor().assess(meetingOnly, false).verdicts().get("rapidReviewMeeting");
    }

    public RuleCatalogue catalogue() {
        return serving.get().catalogue();
    }

    public CatalogueEntry rule(String id) {
        return catalogue().rules().stream().filter(rule -> rule.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("There is no rule with the id \"" + id + "\"; the catalogue lists them all."));
    }

    private static RuleCatalogue catalogue(RuleSet ruleSet) {
        GuidanceStatements guidance = GuidanceStatements.load();
        List<CatalogueEntry> entries = new ArrayList<>();
        for (RuleInfo rule : ruleSet.rules()) {
            List<CatalogueEntry.GuidanceRef> refs = rule.guidance().stream()
                    .map(id -> guidance.find(id).map(s -> new CatalogueEntry.GuidanceRef(id, s.text(), s.place()))
                            .orElse(new CatalogueEntry.GuidanceRef(id, null, null))).toList();
            entries.add(new CatalogueEntry(rule.id(), rule.name(), refs, rule.citation(), rule.file() + ":" + rule.line(),
                    rule.isLocal() ? rule.profile() : RuleSource.NATIONAL));
        }
        return new RuleCatalogue(ruleSet.version(), ruleSet.contentHash(), ruleSet.profile(), entries);
    }
}
