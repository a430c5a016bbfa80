package uk.safeguarding.rules.service;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
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

    private final RouteProblems problems;

    BodySizeLimit(RouteProblems problems) {
        this.problems = problems;
    }

    void install(@Observes Router router, @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit) {
        router.route().order(Integer.MIN_VALUE + 2).handler(context -> {
            String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (declared != null && declared.chars().allMatch(Character::isDigit) && Long.parseLong(declared) > limit.asLongValue()) {
                problems.reply(context, ProblemMappers.tooLarge(context.request().path()));
            } else {
                context.next();
            }
        });
        router.route().failureHandler(context -> {
            if (context.statusCode() == Problem.Kind.TOO_LARGE.status && !context.response().ended()) {
                problems.reply(context, ProblemMappers.tooLarge(context.request().path()));
            } else {
                context.next();
            }
        });
    }
}
