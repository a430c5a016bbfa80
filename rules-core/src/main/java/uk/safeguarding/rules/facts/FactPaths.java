package uk.safeguarding.rules.facts;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.safeguarding.rules.model.AbuseOrNeglect;
import uk.safeguarding.rules.model.CareHistory;
import uk.safeguarding.rules.model.Child;
import uk.safeguarding.rules.model.Harm;
import uk.safeguarding.rules.model.HarmSource;
import uk.safeguarding.rules.model.Incident;
import uk.safeguarding.rules.model.Institution;
import uk.safeguarding.rules.model.LookedAfter;
import uk.safeguarding.rules.model.OtherVictim;
import uk.safeguarding.rules.model.ParallelProcesses;
import uk.safeguarding.rules.model.Partnership;
import uk.safeguarding.rules.model.ProcessDates;
import uk.safeguarding.rules.model.Question;
import uk.safeguarding.rules.model.RapidReviewMeeting;
import uk.safeguarding.rules.model.Review;
import uk.safeguarding.rules.model.SafeguardingCase;
import uk.safeguarding.rules.model.SafeguardingContext;

/**
 * Where each kind of fact the rules match sits in a case, as a dotted path ("abuseOrNeglect.strategyDiscussion"),
 * and the question that settles each path. Paths are what explanations and questions name, so a safeguarding lead
 * can find the field in the request. Derived facts sit under "derived", thresholds under "parameters".
 */
public final class FactPaths {

    public static final String DERIVED = "derived";
    public static final String PARAMETERS = "parameters";

    private static final Map<Class<?>, String> PREFIXES = new LinkedHashMap<>();
    private static final Map<String, String> QUESTIONS = new LinkedHashMap<>();
    /** Facts made from one element of a list of plain values: their one component is that element, not a field of it. */
    private static final Set<Class<?>> LIST_ELEMENTS = Set.of(MeetingAttendee.class, InvolvedAgency.class);
    private static final Map<String, Integer> ORDER = new java.util.HashMap<>();

    static {
        PREFIXES.put(Child.class, "child");
        PREFIXES.put(LookedAfter.class, "child.lookedAfter");
        PREFIXES.put(CareHistory.class, "child.careHistory");
        PREFIXES.put(Incident.class, "incident");
        PREFIXES.put(Harm.class, "incident.harm");
        PREFIXES.put(AbuseOrNeglect.class, "abuseOrNeglect");
        PREFIXES.put(HarmSource.class, "harmSource");
        PREFIXES.put(Institution.class, "institution");
        PREFIXES.put(SafeguardingContext.class, "safeguardingContext");
        PREFIXES.put(Review.class, "review");
        PREFIXES.put(ParallelProcesses.class, "parallelProcesses");
        PREFIXES.put(OtherVictim.class, "parallelProcesses.otherVictims[]");
        PREFIXES.put(Partnership.class, "partnership");
        PREFIXES.put(RapidReviewMeeting.class, "rapidReviewMeeting");
        PREFIXES.put(ProcessDates.class, "processDates");
        PREFIXES.put(MeetingAttendee.class, "rapidReviewMeeting.attendees[]");
        PREFIXES.put(InvolvedAgency.class, "rapidReviewMeeting.agenciesInvolved[]");
        PREFIXES.put(Age.class, DERIVED + ".age");
        PREFIXES.put(CareTime.class, DERIVED + ".careTime");
        PREFIXES.put(Thresholds.class, PARAMETERS + ".thresholds");
        collectQuestions(SafeguardingCase.class, "");
        QUESTIONS.keySet().forEach(path -> ORDER.put(path, ORDER.size()));
    }

    private FactPaths() {
    }

    /** The fact type a rule pattern names, by its simple class name. */
    public static Optional<Class<?>> typeNamed(String simpleName) {
        return PREFIXES.keySet().stream().filter(t -> t.getSimpleName().equals(simpleName)).findFirst();
    }

    public static String prefix(Class<?> factType) {
        return PREFIXES.get(factType);
    }

    /**
     * The path a property chain on a fact type names, following nested records as far as the chain names components:
     * {@code Child} with "lookedAfter.careOrder" gives "child.lookedAfter.careOrder"; a method call at the end
     * ("partnershipsInvolved.size") stops at the last component. Empty when the first name is not a component.
     * A fact made from a list element names the list: {@code MeetingAttendee} with "organisation" gives
     * "rapidReviewMeeting.attendees[]", whose value is every organisation attending.
     */
    public static Optional<String> pathOf(Class<?> factType, String chain) {
        if (LIST_ELEMENTS.contains(factType)) {
            return Optional.ofNullable(component(factType, chain.split("\\.")[0])).map(c -> prefix(factType));
        }
        StringBuilder path = new StringBuilder(prefix(factType));
        Class<?> current = factType;
        boolean matched = false;
        for (String name : chain.split("\\.")) {
            RecordComponent component = component(current, name);
            if (component == null) {
                break;
            }
            path.append('.').append(name);
            matched = true;
            current = component.getType();
        }
        return matched ? Optional.of(path.toString()) : Optional.empty();
    }

    /** The type of the case fact at a path such as "incident.outcome"; empty for derived facts, lists and unknown paths. */
    public static Optional<Class<?>> typeOf(String path) {
        Class<?> current = SafeguardingCase.class;
        for (String name : path.split("\\.")) {
            RecordComponent component = component(current, name);
            if (component == null) {
                return Optional.empty();
            }
            current = component.getType();
        }
        return Optional.of(current);
    }

    /** Where a fact comes in the case model, so lists of facts follow the order of the request; unknown paths last. */
    public static int order(String path) {
        return ORDER.getOrDefault(path, Integer.MAX_VALUE);
    }

    /** The question that settles a fact, if the model defines one for that path. */
    public static Optional<String> question(String path) {
        return Optional.ofNullable(QUESTIONS.get(path));
    }

    private static RecordComponent component(Class<?> type, String name) {
        if (!type.isRecord()) {
            return null;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getName().equals(name)) {
                return component;
            }
        }
        return null;
    }

    private static void collectQuestions(Class<?> type, String prefix) {
        for (RecordComponent component : type.getRecordComponents()) {
            String path = prefix.isEmpty() ? component.getName() : prefix + "." + component.getName();
            Question question = component.getAnnotation(Question.class);
            if (question != null) {
                QUESTIONS.put(path, question.value());
            }
            Class<?> elementType = component.getType();
            if (List.class.isAssignableFrom(elementType)
                    && component.getGenericType() instanceof ParameterizedType listType
                    && listType.getActualTypeArguments()[0] instanceof Class<?> element) {
                elementType = element;
                path = path + "[]";
            }
            if (elementType.isRecord()) {
                collectQuestions(elementType, path);
            }
        }
    }
}
