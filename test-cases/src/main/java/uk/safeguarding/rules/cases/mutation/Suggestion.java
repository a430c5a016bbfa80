package uk.safeguarding.rules.cases.mutation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;
import uk.safeguarding.rules.cases.CaseFile;

/**
 * A case, or a near miss of one, whose answers would tell an unnoticed mutant apart from the rules: what
 * {@code mutate --suggest} offers a policy officer to check and keep.
 *
 * @param base      the case it is, or is near
 * @param change    what differs from that case, in words, or null when it is the case itself
 * @param input     the input to assess
 * @param output    answers (as a case file writes them) the rules give and the mutant does not
 * @param rules     rule ids among the rules' reasons that the mutant's are without
 * @param questions facts the rules ask for that the mutant does not
 * @param rulesAbsent     rule ids among the mutant's reasons that the rules' are without
 * @param questionsAbsent facts the mutant asks for that the rules do not
 */
public record Suggestion(CaseFile base, String change, JsonNode input, Map<String, String> output, Set<String> rules,
                         Set<String> questions, Set<String> rulesAbsent, Set<String> questionsAbsent) {

    public boolean isNearMiss() {
        return change != null;
    }
}
