package uk.safeguarding.rules.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.safeguarding.rules.client.ApiClient;
import uk.safeguarding.rules.client.ApiException;
import uk.safeguarding.rules.client.api.AssessmentsApi;
import uk.safeguarding.rules.client.api.RapidReviewMeetingsApi;
import uk.safeguarding.rules.client.api.RuleCatalogueApi;
import uk.safeguarding.rules.client.api.TimescalesApi;
import uk.safeguarding.rules.client.model.Assessment;
import uk.safeguarding.rules.client.model.BatchItem;
import uk.safeguarding.rules.client.model.Basis;
import uk.safeguarding.rules.client.model.CaseBatch;
import uk.safeguarding.rules.client.model.CatalogueEntry;
import uk.safeguarding.rules.client.model.Deadline;
import uk.safeguarding.rules.client.model.Incident;
import uk.safeguarding.rules.client.model.IncidentOutcome;
import uk.safeguarding.rules.client.model.Organisation;
import uk.safeguarding.rules.client.model.Outcome;
import uk.safeguarding.rules.client.model.Problem;
import uk.safeguarding.rules.client.model.QuorumRequest;
import uk.safeguarding.rules.client.model.RuleCatalogue;
import uk.safeguarding.rules.client.model.SafeguardingCase;
import uk.safeguarding.rules.client.model.TimescalesRequest;
import uk.safeguarding.rules.client.model.TimescalesResponse;
import uk.safeguarding.rules.client.model.Verdict;

/**
 * The service used as a case-management system would: through a Java client that openapi-generator builds from the
 * committed contract at generate-test-sources (java.net.http and Jackson, the "native" library).
 */
@QuarkusTest
class GeneratedClientTest {

    @TestHTTPResource("/")
    URI service;

    private ApiClient client;

    @BeforeEach
    void connect() {
        client = new ApiClient();
        client.updateBaseUri(service.toString().replaceAll("/$", ""));
        // The service asks callers to authenticate: the client sends a safeguarding lead's credentials on every request.
        client.setRequestInterceptor(request -> request.header("Authorization", SignedIn.leadAuthorization()));
    }

    @Test
    void assessesTheSudiExample() throws Exception {
        Assessment assessment = new AssessmentsApi(client).assessCase(example("sudi"), null, true);

        assertEquals("RR-2026-014", assessment.getReference());
        Verdict panel = assessment.getVerdicts().get("panelNotification");
        assertEquals(Outcome.YES, panel.getOutcome());
        assertEquals(Basis.DUTY, panel.getBasis());
        assertEquals("N1-must-notify", panel.getReasons().get(0).getRuleId());
        Deadline notify = panel.getDeadlines().stream().filter(deadline -> "panel-notification".equals(deadline.getId()))
                .findFirst().orElseThrow();
        assertEquals(LocalDate.of(2026, 3, 23), notify.getDue());
    }

    @Test
    void assessesABatchWithOneBadCase() throws Exception {
        SafeguardingCase harmedInTheFuture = new SafeguardingCase().incident(new Incident().outcome(IncidentOutcome.HARMED)
                .date(LocalDate.now().plusDays(30)));
        List<BatchItem> results = new AssessmentsApi(client).assessBatch(new CaseBatch()
                .cases(List.of(example("sudi"), harmedInTheFuture, example("looked-after-child-death"))), false).getResults();

        assertEquals(3, results.size());
        assertEquals(Outcome.YES, results.get(0).getAssessment().getVerdicts().get("rapidReview").getOutcome());
        assertEquals(400, results.get(1).getProblem().getStatus());
        assertEquals("incident.date", results.get(1).getProblem().getErrors().get(0).getPath());
        assertEquals(Outcome.YES, results.get(2).getAssessment().getVerdicts().get("secretaryOfStateNotification").getOutcome());
    }

    @Test
    void worksOutTimescalesOverChristmas() throws Exception {
        TimescalesResponse timescales = new TimescalesApi(client)
                .workOutTimescales(new TimescalesRequest().awarenessDate(LocalDate.of(2026, 12, 21)));

        Deadline notify = timescales.getDeadlines().stream().filter(deadline -> "panel-notification".equals(deadline.getId()))
                .findFirst().orElseThrow();
        assertEquals(LocalDate.of(2026, 12, 30), notify.getDue());
    }

    @Test
    void checksAMeetingsQuorum() throws Exception {
        RapidReviewMeetingsApi meetings = new RapidReviewMeetingsApi(client);

        Verdict quorate = meetings.checkQuorum(new QuorumRequest()
                .attendees(List.of(Organisation.LOCAL_AUTHORITY, Organisation.POLICE, Organisation.INTEGRATED_CARE_BOARD)));
        Verdict withoutPolice = meetings.checkQuorum(new QuorumRequest()
                .attendees(List.of(Organisation.LOCAL_AUTHORITY, Organisation.INTEGRATED_CARE_BOARD)));

        assertEquals(Outcome.YES, quorate.getOutcome());
        assertEquals(Outcome.NO, withoutPolice.getOutcome());
    }

    @Test
    void readsTheRuleCatalogueAndOneRule() throws Exception {
        RuleCatalogueApi catalogue = new RuleCatalogueApi(client);

        RuleCatalogue rules = catalogue.listRules();
        CatalogueEntry n1 = catalogue.getRule("N1-must-notify");

        assertTrue(rules.getRules().size() > 100, "rules listed: " + rules.getRules().size());
        assertTrue(rules.getRules().stream().anyMatch(rule -> "N1-must-notify".equals(rule.getId())));
        assertTrue(n1.getCitation().contains("s16C"), n1.getCitation());
    }

    @Test
    void badInputComesBackAsTheTypedProblem() throws Exception {
        SafeguardingCase harmedInTheFuture = new SafeguardingCase().incident(new Incident().outcome(IncidentOutcome.HARMED)
                .date(LocalDate.now().plusDays(30)));

        ApiException refused = assertThrows(ApiException.class,
                () -> new AssessmentsApi(client).assessCase(harmedInTheFuture, null, false));
        Problem problem = client.getObjectMapper().readValue(refused.getResponseBody(), Problem.class);

        assertEquals(400, refused.getCode());
        assertEquals(400, problem.getStatus());
        assertEquals("urn:safeguarding-rules:problem:invalid-input", problem.getType());
        assertEquals("incident.date", problem.getErrors().get(0).getPath());
    }

    private SafeguardingCase example(String name) throws Exception {
        return client.getObjectMapper().readValue(Examples.read(name + ".request.json"), SafeguardingCase.class);
    }
}
