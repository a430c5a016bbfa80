package uk.safeguarding.rules.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.safeguarding.rules.assessment.Assessment;
import uk.safeguarding.rules.assessment.Assessor;
import uk.safeguarding.rules.assessment.Assessors;
import uk.safeguarding.rules.assessment.Verdict;
import uk.safeguarding.rules.calendar.CaseDates;
import uk.safeguarding.rules.calendar.TimescaleCalculator;
import uk.safeguarding.rules.calendar.Timescales;
import uk.safeguarding.rules.calendar.WorkingDayCalendar;
import uk.safeguarding.rules.engine.RuleInfo;
import uk.safeguarding.rules.engine.RuleSet;
import uk.safeguarding.rules.engine.RuleSource;
import uk.safeguarding.rules.guidance.GuidanceStatements;
import uk.safeguarding.rules.input.CaseReader;
import uk.safeguarding.rules.input.FieldError;
import uk.safeguarding.rules.input.InvalidCaseException;
import uk.safeguarding.rules.input.RecordReader;
import uk.safeguarding.rules.model.Incident;
import uk.safeguarding.rules.model.IncidentOutcome;
import uk.safeguarding.rules.model.RapidReviewMeeting;
import uk.safeguarding.rules.model.SafeguardingCase;

/**
 * Everything the API does, handed to rules-core: read and check the request, assess, render. The rule set is loaded
 * once at startup, by {@link StartupLine} (a rule set that does not compile stops startup with its problems), and
 * shared by every request.
 */
@ApplicationScoped
public class SafeguardingService {

    private final Assessor assessor;
    private final TimescaleCalculator timescales;
    private final WorkingDayCalendar calendar;
    private final CaseReader reader = new CaseReader(Clock.systemUTC());
    private final int batchMaxSize;
    private final RuleCatalogue catalogue;

    @Inject
    SafeguardingService(@ConfigProperty(name = "safeguarding.rules.directory") Optional<Path> rulesDirectory,
                        @ConfigProperty(name = "safeguarding.rules.profile", defaultValue = "national") String profile,
                        @ConfigProperty(name = "safeguarding.calendar.file") Optional<Path> calendarFile,
                        @ConfigProperty(name = "safeguarding.batch.max-size", defaultValue = "50") int batchMaxSize) {
        RuleSource source = rulesDirectory.map(dir -> RuleSource.directory(dir, profile)).orElse(RuleSource.classpath(profile));
        this.calendar = calendarFile.map(WorkingDayCalendar::fromFile).orElseGet(WorkingDayCalendar::englandAndWales);
        this.assessor = Assessors.load(source, calendar, Clock.systemUTC());
        this.timescales = new TimescaleCalculator(calendar, Timescales.load(profile));
        this.batchMaxSize = batchMaxSize;
        this.catalogue = catalogue(assessor.ruleSet());
    }

    public RuleSet ruleSet() {
        return assessor.ruleSet();
    }

    public WorkingDayCalendar calendar() {
        return calendar;
    }

    public Assessment assess(String body, boolean withImpact) {
        return assessor.assess(reader.read(body), withImpact);
    }

    /** One result per case, in order; a case that cannot be read gets a problem and the others go on. */
    public BatchResponse assessBatch(String body, boolean withImpact, String instance) {
        JsonNode cases = RecordReader.parse(body).get("cases");
        if (cases == null || !cases.isArray()) {
            throw new InvalidCaseException(List.of(new FieldError("cases", "is required: a list of cases to assess")));
        }
        if (cases.size() > batchMaxSize) {
            throw new InvalidCaseException(List.of(new FieldError("cases", "has " + cases.size()
                    + " cases; at most " + batchMaxSize + " can be assessed in one request")));
        }
        List<BatchResponse.Item> results = new ArrayList<>();
        for (int index = 0; index < cases.size(); index++) {
            try {
                results.add(new BatchResponse.Item(index, assessor.assess(reader.read(cases.get(index)), withImpact), null));
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
        return new TimescalesResponse(assessor.ruleSet().profile(), timescales.all(dates));
    }

    /** The quorum verdict for a meeting, from the same rules as a full assessment. */
    public Verdict quorum(String body) {
        QuorumRequest request = RecordReader.read(RecordReader.parse(body), QuorumRequest.class);
        if (request.attendees() == null || request.attendees().isEmpty()) {
            throw new InvalidCaseException(List.of(new FieldError("attendees", "is required: the organisation of each person attending")));
        }
        SafeguardingCase meetingOnly = new SafeguardingCase(null, null,
                new Incident(IncidentOutcome.UNKNOWN, null, null, null, null, null, null, null), null, null, null, null, null,
                null, null, new RapidReviewMeeting(request.attendees(), request.agenciesInvolved()), null);
        return assessor.assess(meetingOnly, false).verdicts().get("rapidReviewMeeting");
    }

    public RuleCatalogue catalogue() {
        return catalogue;
    }

    public CatalogueEntry rule(String id) {
        return catalogue.rules().stream().filter(rule -> rule.id().equals(id)).findFirst()
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
