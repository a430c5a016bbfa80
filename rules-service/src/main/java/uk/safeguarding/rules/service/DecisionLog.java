package uk.safeguarding.rules.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import uk.safeguarding.rules.assessment.Assessment;

/**
 * One JSON line per assessment, under the log category safeguarding.decisions: when, which request, who asked, which
 * rule set (version and hash) and the outcome of each question. The case reference appears only as a keyed hash
 * (HMAC-SHA256 with safeguarding.decision-log.reference-key), so a partnership holding the key can match a line to its
 * own records and nobody else can. Never the reference itself, the facts or anything else from the case.
 */
@ApplicationScoped
class DecisionLog {

    static final String CATEGORY = "safeguarding.decisions";
    private static final Logger LOG = Logger.getLogger(CATEGORY);

    private final ObjectMapper json = new ObjectMapper();
    private final SigningKey referenceKey;
    private final Clock clock;

    @Inject
    DecisionLog(@ConfigProperty(name = "safeguarding.decision-log.reference-key") Optional<String> referenceKey) {
        this(SigningKey.configuredOrForThisRun(referenceKey, "safeguarding.decision-log.reference-key", "case references in "
                + "the decision log are hashed with a key made for this run only, so they cannot be matched to a partnership's "
                + "records after a restart. Set it (SAFEGUARDING_DECISION_LOG_REFERENCE_KEY) to a secret kept by the partnership."),
                Clock.systemUTC());
    }

    DecisionLog(SigningKey referenceKey, Clock clock) {
        this.referenceKey = referenceKey;
        this.clock = clock;
    }

    void assessed(Caller caller, Assessment assessment, Integer batchIndex) {
        LOG.info(line(caller, assessment, batchIndex));
    }

    String line(Caller caller, Assessment assessment, Integer batchIndex) {
        ObjectNode line = json.createObjectNode()
                .put("time", Instant.now(clock).toString())
                .put("event", "assessment")
                .put("requestId", caller.requestId())
                .put("caller", caller.name());
        if (batchIndex != null) {
            line.put("batchIndex", batchIndex);
        }
        line.put("ruleSetVersion", assessment.ruleSet().version())
                .put("ruleSetHash", assessment.ruleSet().contentHash())
                .put("profile", assessment.ruleSet().profile());
        ObjectNode outcomes = line.putObject("outcomes");
        assessment.verdicts().forEach((question, verdict) -> outcomes.put(question, verdict.outcome().name()));
        line.put("referenceHmac", assessment.reference() == null ? null : referenceHmac(assessment.reference()));
        try {
            return json.writeValueAsString(line);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** HMAC-SHA256 of the reference, hex: the same reference and key always give the same value. */
    String referenceHmac(String reference) {
        return "hmac-sha256:" + HexFormat.of().formatHex(referenceKey.sign(reference));
    }
}
