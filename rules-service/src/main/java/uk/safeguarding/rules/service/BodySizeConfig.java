package uk.safeguarding.rules.service;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;
import uk.safeguarding.rules.input.InputLimits;

/**
 * Gives the HTTP layer its body-size limit from {@link InputLimits}, the one place limits are set, instead of a second
 * number in application.properties. Its ordinal is below application.properties', so nothing there should set it.
 */
public class BodySizeConfig implements ConfigSource {

    static final String PROPERTY = "quarkus.http.limits.max-body-size";

    @Override
    public Map<String, String> getProperties() {
        return Map.of(PROPERTY, String.valueOf(InputLimits.MAX_BODY_BYTES));
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(PROPERTY);
    }

    @Override
    public String getValue(String propertyName) {
        return PROPERTY.equals(propertyName) ? String.valueOf(InputLimits.MAX_BODY_BYTES) : null;
    }

    @Override
    public String getName() {
        return "safeguarding input limits";
    }

    @Override
    public int getOrdinal() {
        return 240;
    }
}
