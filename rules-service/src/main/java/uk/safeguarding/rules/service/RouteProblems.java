package uk.safeguarding.rules.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Answers with problem details from the HTTP layer, before the REST layer (which has ProblemMappers) sees the request,
 * and counts the rejection like every other. The connection is closed, since the request body may not have been read.
 */
@ApplicationScoped
class RouteProblems {

    private final ObjectMapper json = new ObjectMapper();
    private final ServiceMetrics metrics;

    RouteProblems(ServiceMetrics metrics) {
        this.metrics = metrics;
    }

    void reply(RoutingContext context, Problem problem) {
        metrics.rejected(problem);
        try {
            context.response().setStatusCode(problem.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close").end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
