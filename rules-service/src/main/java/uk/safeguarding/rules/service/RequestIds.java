package uk.safeguarding.rules.service;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Every request gets an id, answered in the X-Request-Id header, put on each log line written while it is handled (the
 * "requestId" MDC entry, a field of the JSON log line) and written in the decision log, so a partnership can find the
 * line for an answer it holds. A caller's own id is kept only when it looks generated (hex digits and dashes):
 * anything else, such as a case reference, is replaced, so nothing a caller chose can reach the logs.
 */
@ApplicationScoped
class RequestIds {

    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";
    private static final String KEY = RequestIds.class.getName();
    /** An id a load balancer or ingress generated: hex digits and dashes only, so it cannot carry a name. */
    private static final Pattern GENERATED_LOOKING = Pattern.compile("[0-9a-fA-F-]{16,64}");

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(context -> {
            String given = context.request().getHeader(HEADER);
            String id = given != null && GENERATED_LOOKING.matcher(given).matches() ? given : UUID.randomUUID().toString();
            context.put(KEY, id);
            MDC.put(MDC_KEY, id);
            context.response().putHeader(HEADER, id);
            context.addEndHandler(ended -> MDC.remove(MDC_KEY));
            context.next();
        });
    }

    static String of(RoutingContext request) {
        String id = request.get(KEY);
        return id != null ? id : UUID.randomUUID().toString();
    }
}
