package uk.safeguarding.rules.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.safeguarding.rules.conclusion.Basis;
import uk.safeguarding.rules.engine.RuleSource;
import uk.safeguarding.rules.parameters.DatedValues;

/**
 * The timescale definitions: the national ones (parameters/timescales.yaml) and, for a local profile, the ones it adds
 * and the national anchors it changes (parameters/profiles/&lt;profile&gt;.yaml). Loaded once; immutable.
 */
public final class Timescales {

    private static final String NATIONAL = "parameters/timescales.yaml";
    private static final String PROFILES = "parameters/profiles/";
    private static final Set<String> FIELDS = Set.of("action", "anchor", "fallback", "unit", "count", "windowStart",
            "doneOn", "basis", "guidance", "citation");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final Map<String, Timescale> byId;

    private Timescales(Map<String, Timescale> byId) {
        this.byId = byId;
    }

    /** The national timescales, with a local profile's additions and changes when one is named. */
    public static Timescales load(String profile) {
        Map<String, Timescale> byId = new LinkedHashMap<>();
        JsonNode national = read(NATIONAL);
        national.fields().forEachRemaining(e -> byId.put(e.getKey(), timescale(NATIONAL, e.getKey(), e.getValue(), RuleSource.NATIONAL)));
        if (profile != null && !profile.isBlank() && !RuleSource.NATIONAL.equals(profile)) {
            String file = PROFILES + profile + ".yaml";
            JsonNode local = read(file);
            local.path("timescales").fields().forEachRemaining(e -> {
                if (byId.containsKey(e.getKey())) {
                    throw new IllegalArgumentException(file + ": " + e.getKey() + " is a national timescale; change its anchor under \"anchors\" instead");
                }
                byId.put(e.getKey(), timescale(file, e.getKey(), e.getValue(), profile));
            });
            local.path("anchors").fields().forEachRemaining(e -> {
                Timescale existing = byId.get(e.getKey());
                if (existing == null) {
                    throw new IllegalArgumentException(file + ": anchors names " + e.getKey() + ", which is not a timescale");
                }
                byId.put(e.getKey(), existing.withStart(start(file, e.getKey(), e.getValue(), "anchor"),
                        optionalStart(file, e.getKey(), e.getValue()), profile));
            });
        }
        byId.values().forEach(t -> checkChain(byId, t));
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

    private static JsonNode read(String resource) {
        try (InputStream in = Timescales.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No parameter file " + resource
                        + (resource.startsWith(PROFILES) ? ": the profile has no local timescales file" : ""));
            }
            JsonNode root = YAML.readTree(in);
            return root == null ? YAML.createObjectNode() : root;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    private static Timescale timescale(String file, String id, JsonNode node, String scope) {
        String where = file + ": " + id;
        node.fieldNames().forEachRemaining(field -> {
            if (!FIELDS.contains(field)) {
                throw new IllegalArgumentException(where + " has an unknown field \"" + field + "\"; the fields are " + FIELDS);
            }
        });
        List<String> guidance = new ArrayList<>();
        node.path("guidance").forEach(g -> guidance.add(g.asText()));
        return new Timescale(id, text(where, node, "action"), start(file, id, node, "anchor"), optionalStart(file, id, node),
                Timescale.Unit.valueOf(text(where, node, "unit")),
                DatedValues.read(where + ".count", node.get("count"), JsonNode::asInt),
                node.has("windowStart") ? DatedValues.read(where + ".windowStart", node.get("windowStart"), JsonNode::asInt) : null,
                node.hasNonNull("doneOn") ? doneOn(where, node.get("doneOn").asText()) : null,
                Basis.valueOf(text(where, node, "basis")), guidance, text(where, node, "citation"), scope);
    }

    private static Timescale.Start start(String file, String id, JsonNode node, String field) {
        try {
            return Timescale.Start.parse(text(file + ": " + id, node, field));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + id + "." + field + " must be one of " + java.util.Arrays.toString(Anchor.values())
                    + " or due:<timescale>, not \"" + node.path(field).asText() + "\"", e);
        }
    }

    private static Anchor doneOn(String where, String text) {
        try {
            return Anchor.valueOf(text.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ".doneOn must be one of " + java.util.Arrays.toString(Anchor.values())
                    + ", not \"" + text + "\"", e);
        }
    }

    private static Timescale.Start optionalStart(String file, String id, JsonNode node) {
        return node.hasNonNull("fallback") ? start(file, id, node, "fallback") : null;
    }

    private static String text(String where, JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.asText().isBlank()) {
            throw new IllegalArgumentException(where + " needs \"" + field + "\"");
        }
        return value.asText();
    }

    private static void checkChain(Map<String, Timescale> byId, Timescale timescale) {
        for (Timescale.Start start : new Timescale.Start[] {timescale.anchor(), timescale.fallback()}) {
            if (start != null && start.dueOf() != null && !byId.containsKey(start.dueOf())) {
                throw new IllegalArgumentException(timescale.id() + " counts from due:" + start.dueOf() + ", which is not a timescale");
            }
        }
    }
}
