package uk.safeguarding.rules.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import uk.safeguarding.rules.conclusion.Outcome;
import uk.safeguarding.rules.facts.FactPaths;
import uk.safeguarding.rules.model.Answer;
import uk.safeguarding.rules.model.SafeguardingCase;

/**
 * Says what answering an open question would change: the case is assessed again with each possible answer in place
 * of the unknown, and the verdicts whose outcome moves are listed. Only answers from a fixed list can be tried (yes/no
 * facts and enumerations); the effect of a date or a number depends on its value.
 */
final class ImpactAnalysis {

    private final ObjectMapper json;
    private final Function<SafeguardingCase, Map<String, Outcome>> outcomes;

    ImpactAnalysis(ObjectMapper json, Function<SafeguardingCase, Map<String, Outcome>> outcomes) {
        this.json = json;
        this.outcomes = outcomes;
    }

    List<OpenQuestion.IfAnswered> ifAnswered(SafeguardingCase safeguardingCase, Map<String, Outcome> current, String fact) {
        Map<List<OpenQuestion.Change>, List<String>> answersByEffect = new LinkedHashMap<>();
        for (String answer : candidates(fact)) {
            Map<String, Outcome> changed = outcomes.apply(with(safeguardingCase, fact, answer));
            List<OpenQuestion.Change> changes = current.entrySet().stream()
                    .filter(e -> changed.get(e.getKey()) != e.getValue())
                    .map(e -> new OpenQuestion.Change(e.getKey(), e.getValue(), changed.get(e.getKey()))).toList();
            if (!changes.isEmpty()) {
                answersByEffect.computeIfAbsent(changes, c -> new ArrayList<>()).add(answer);
            }
        }
        List<OpenQuestion.IfAnswered> answers = new ArrayList<>();
        answersByEffect.forEach((changes, sameEffect) -> answers.add(new OpenQuestion.IfAnswered(sameEffect, changes)));
        return answers;
    }

    private static List<String> candidates(String fact) {
        Class<?> type = FactPaths.typeOf(fact).orElse(null);
        if (type == null || !type.isEnum()) {
            return List.of();
        }
        return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                .filter(name -> !name.equals(Answer.UNKNOWN.name())).toList();
    }

    private SafeguardingCase with(SafeguardingCase safeguardingCase, String fact, String answer) {
        ObjectNode tree = json.valueToTree(safeguardingCase);
        String[] path = fact.split("\\.");
        ObjectNode parent = tree;
        for (int i = 0; i < path.length - 1; i++) {
            parent = parent.get(path[i]) instanceof ObjectNode child ? child : parent.putObject(path[i]);
        }
        parent.put(path[path.length - 1], answer);
        try {
            return json.treeToValue(tree, SafeguardingCase.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot try " + fact + " = " + answer, e);
        }
    }
}
