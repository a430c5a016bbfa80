package uk.safeguarding.rules.assessment;

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

    private final Function<SafeguardingCase, Map<String, Outcome>> outcomes;

    ImpactAnalysis(Function<SafeguardingCase, Map<String, Outcome>> outcomes) {
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

    /** The case with one answer in place of an unknown fact, copied record by record along the fact's path. */
    private static SafeguardingCase with(SafeguardingCase safeguardingCase, String fact, String answer) {
        List<String> path = Records.segments(fact);
        @SuppressWarnings({"unchecked", "rawtypes"})
        Object value = Enum.valueOf((Class<? extends Enum>) FactPaths.typeOf(fact).orElseThrow(), answer);
        return with(safeguardingCase, path, 0, value);
    }

    private static <R extends Record> R with(R record, List<String> path, int at, Object value) {
        String name = path.get(at);
        if (at == path.size() - 1) {
            return Records.with(record, name, value);
        }
        if (!(Records.component(record, name) instanceof Record section)) {
            throw new IllegalStateException("no " + name + " section to try an answer in");
        }
        return Records.with(record, name, with(section, path, at + 1, value));
    }
}
