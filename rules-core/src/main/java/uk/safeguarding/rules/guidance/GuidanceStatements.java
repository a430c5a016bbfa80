package uk.safeguarding.rules.guidance;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The guidance digest carried as data (guidance/statements.yaml), so rules, cases and reports can be traced to it. */
public final class GuidanceStatements {

    private static final String RESOURCE = "guidance/statements.yaml";

    private final Map<String, GuidanceStatement> byId;
    private final List<GuidanceStatement> ordered;

    private GuidanceStatements(List<GuidanceStatement> statements) {
        Map<String, GuidanceStatement> map = new LinkedHashMap<>();
        statements.forEach(s -> map.put(s.id(), s));
        this.byId = Map.copyOf(map);
        this.ordered = List.copyOf(statements);
    }

    private record File(List<GuidanceStatement> statements) {
    }

    public static GuidanceStatements load() {
        try (InputStream in = GuidanceStatements.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                    .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
            return new GuidanceStatements(yaml.readValue(in, File.class).statements());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    public Optional<GuidanceStatement> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    /** In the digest's order. */
    public List<GuidanceStatement> all() {
        return ordered;
    }
}
