package uk.safeguarding.rules.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.safeguarding.rules.conclusion.Basis;
import uk.safeguarding.rules.engine.RuleFile;
import uk.safeguarding.rules.engine.RuleSource;
import uk.safeguarding.rules.parameters.DatedValues;
import uk.safeguarding.rules.parameters.ParameterFile;

/**
 * The timescale definitions: the national ones (the rule set's parameters/timescales.yaml) and, for a local profile,
 * the ones it adds and the national anchors it changes (parameters/profiles/&lt;profile&gt;.yaml). Read with the rule
 * files; immutable.
 */
public final class Timescales {

    private static final Set<String> FIELDS = Set.of("action", "anchor", "fallback", "unit", "count", "windowStart",
            "doneOn", "basis", "guidance", "citation", "endsInTimeFor", "mustMeet", "plannedOn", "ifLate", "firstDay");

    private final Map<String, Timescale> byId;

    private Timescales(Map<String, Timescale> byId) {
        this.byId = byId;
    }

    /** The national timescales among a rule set's files, with the local profile's additions and changes. */
    public static Timescales read(List<RuleFile> files, String profile) {
        Map<String, Timescale> byId = new LinkedHashMap<>();
        ParameterFile national = ParameterFile.required(files, RuleSource.TIMESCALES, "it holds the national timescales");
        national.root().fields().forEachRemaining(e -> byId.put(e.getKey(), timescale(national, e.getKey(), e.getValue(), RuleSource.NATIONAL)));
        if (profile != null && !profile.isBlank() && !RuleSource.NATIONAL.equals(profile)) {
            ParameterFile local = ParameterFile.required(files, RuleSource.PROFILE_PARAMETERS + profile + ".yaml",
                    "the profile has no local timescales file");
            local.root().path("timescales").fields().forEachRemaining(e -> {
                if (byId.containsKey(e.getKey())) {
                    throw local.problem(e.getKey(), e.getKey() + " is a national timescale; change its anchor under \"anchors\" instead");
                }
                byId.put(e.getKey(), timescale(local, e.getKey(), e.getValue(), profile));
            });
            local.root().path("anchors").fields().forEachRemaining(e -> {
                Timescale existing = byId.get(e.getKey());
                if (existing == null) {
                    throw local.problem(e.getKey(), "anchors names " + e.getKey() + ", which is not a timescale");
                }
                try {
                    byId.put(e.getKey(), existing.withStart(start(e.getKey(), e.getValue(), "anchor"),
                            fallbacks(e.getKey(), e.getValue()), firstDay(e.getKey(), e.getValue()), profile));
                } catch (IllegalArgumentException wrong) {
                    throw local.problem(e.getKey(), wrong.getMessage());
                }
            });
        }
        byId.values().forEach(t -> checkChain(national, byId, t));
        return new Timescales(java.util.Collections.unmodifiableMap(byId));
    }

    public Optional<Timescale> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Timescale get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("No timescale \"" + id + "\" in the parameter files"));
    }

    /** In the order they were defined, national first. */
    public Collection<Timescale> all() {
        List<Timescale> ordered = new ArrayList<>(byId.values());
        ordered.sort(java.util.Comparator.comparing((Timescale t) -> !RuleSource.NATIONAL.equals(t.scope())));
        return ordered;
    }

    private static Timescale timescale(ParameterFile file, String id, JsonNode node, String scope) {
        try {
            node.fieldNames().forEachRemaining(field -> {
                if (!FIELDS.contains(field)) {
                    throw new IllegalArgumentException(id + " has an unknown field \"" + field + "\"; the fields are " + FIELDS);
                }
            });
            List<String> guidance = new ArrayList<>();
            node.path("guidance").forEach(g -> guidance.add(g.asText()));
            return new Timescale(id, text(id, node, "action"), start(id, node, "anchor"), fallbacks(id, node),
                    enumValue(id, node, "unit", Timescale.Unit.class),
                    DatedValues.read(id + ".count", node.get("count"), JsonNode::asInt),
                    node.has("windowStart") ? DatedValues.read(id + ".windowStart", node.get("windowStart"), JsonNode::asInt) : null,
                    node.hasNonNull("doneOn") ? enumValue(id, node, "doneOn", Anchor.class) : null,
                    enumValue(id, node, "basis", Basis.class), guidance, text(id, node, "citation"), scope,
                    optionalText(node, "endsInTimeFor"), optionalText(node, "mustMeet"),
                    node.hasNonNull("plannedOn") ? enumValue(id, node, "plannedOn", Anchor.class) : null,
                    optionalText(node, "ifLate"), firstDay(id, node));
        } catch (IllegalArgumentException e) {
            throw file.problem(id, e.getMessage());
        }
    }

    private static <E extends Enum<E>> E enumValue(String id, JsonNode node, String field, Class<E> type) {
        String value = text(id, node, field);
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(id + "." + field + " must be one of " + java.util.Arrays.toString(type.getEnumConstants())
                    + ", not \"" + value + "\"", e);
        }
    }

    private static Timescale.Start start(String id, JsonNode node, String field) {
        try {
            return Timescale.Start.parse(text(id, node, field));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(id + "." + field + " must be one of " + java.util.Arrays.toString(Anchor.values())
                    + " or due:<timescale>, not \"" + node.path(field).asText() + "\"", e);
        }
    }

    /** The fallback, or fallbacks in order: "fallback: AWARENESS_DATE" or "fallback: [NOTIFICATION_DATE, AWARENESS_DATE]". */
    private static List<Timescale.Start> fallbacks(String id, JsonNode node) {
        JsonNode fallback = node.get("fallback");
        if (fallback == null || fallback.isNull()) {
            return List.of();
        }
        List<Timescale.Start> starts = new ArrayList<>();
        for (JsonNode one : fallback.isArray() ? fallback : List.of(fallback)) {
            try {
                starts.add(Timescale.Start.parse(one.asText()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(id + ".fallback must be one of " + java.util.Arrays.toString(Anchor.values())
                        + " or due:<timescale>, not \"" + one.asText() + "\"", e);
            }
        }
        return starts;
    }

    /** 0 unless the file says the anchor date is day 1 ("firstDay: 1"); only working-day counts after it use it. */
    private static int firstDay(String id, JsonNode node) {
        int firstDay = node.path("firstDay").asInt(0);
        if (firstDay != 0 && firstDay != 1) {
            throw new IllegalArgumentException(id + ".firstDay must be 0 (the anchor is day 0) or 1 (the anchor is day 1), not " + firstDay);
        }
        return firstDay;
    }

    private static String optionalText(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static String text(String where, JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.asText().isBlank()) {
            throw new IllegalArgumentException(where + " needs \"" + field + "\"");
        }
        return value.asText();
    }

    private static void checkChain(ParameterFile national, Map<String, Timescale> byId, Timescale timescale) {
        List<Timescale.Start> starts = new ArrayList<>(timescale.fallbacks());
        starts.add(timescale.anchor());
        for (Timescale.Start start : starts) {
            if (start.dueOf() != null && !byId.containsKey(start.dueOf())) {
                throw national.problem(timescale.id(), timescale.id() + " counts from due:" + start.dueOf() + ", which is not a timescale");
            }
        }
        for (String named : new String[] {timescale.endsInTimeFor(), timescale.mustMeet()}) {
            if (named != null && !byId.containsKey(named)) {
                throw national.problem(timescale.id(), timescale.id() + " names " + named + ", which is not a timescale");
            }
        }
        if (timescale.endsInTimeFor() != null && byId.get(timescale.endsInTimeFor()).mustMeet() == null) {
            throw national.problem(timescale.id(), timescale.id() + ".endsInTimeFor names " + timescale.endsInTimeFor()
                    + ", which has no mustMeet deadline to end in time for");
        }
    }
}
