package uk.safeguarding.rules.service;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import uk.safeguarding.rules.input.InputLimits;

/**
 * The framework's JSON reader gets the same limits as the service's own ({@link InputLimits}), so no way of reading a
 * request into objects can be led into a document nested thousands deep or a field given twice.
 */
@Singleton
class JsonLimits implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(InputLimits.parserConstraints());
        mapper.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
    }
}
