package uk.safeguarding.rules.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The HTTP layer refuses a body over quarkus.http.limits.max-body-size before the REST layer sees it, with an empty
 * 413. This answers it as problem details instead: at once when the declared length is too large, and for a body that
 * turns out too large while it is read.
 */
@ApplicationScoped
class BodySizeLimit {

    private final ObjectMapper json = new ObjectMapper();

    void install(@Observes Router router, @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (declared != null && declared.chars().allMatch(Character::isDigit) && Long.parseLong(declared) > limit.asLongValue()) {
                refuse(context);
            } else {
                context.next();
            }
        });
        router.route().failureHandler(context -> {
            if (context.statusCode() == Problem.Kind.TOO_LARGE.status && !context.response().ended()) {
                refuse(context);
            } else {
                context.next();
            }
        });
    }

    private void refuse(RoutingContext context) {
        try {
            context.response().setStatusCode(Problem.Kind.TOO_LARGE.status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(json.writeValueAsString(ProblemMappers.tooLarge(context.request().path())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
