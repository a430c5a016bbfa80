package uk.safeguarding.rules.input;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one JSON configuration the library, the service and the tools share: ISO dates, strict about unknown fields.
 * Lenient spellings (lower-case values, true/false, "CCG") are normalised by {@link CaseReader} before binding.
 */
public final class Json {

    private Json() {
    }

    public static ObjectMapper mapper() {
        return configure(new ObjectMapper());
    }

    public static ObjectMapper yamlMapper() {
        return configure(new ObjectMapper(new YAMLFactory()));
    }

    /** Applies the shared settings to a mapper made elsewhere (such as the service framework's). */
    public static ObjectMapper configure(ObjectMapper mapper) {
        return mapper.registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }
}
