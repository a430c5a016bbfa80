package uk.safeguarding.rules.service;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every request an id, put on each log line written while it is handled (the "requestId" MDC entry, a field of
 * the JSON log line) and returned in the X-Request-Id header so a caller can quote it. An id sent by a load balancer or
 * ingress is kept when it looks like one (hex digits and dashes); anything else, such as a case reference, is replaced,
 * so nothing a caller chose can reach the logs.
 */
@ApplicationScoped
class RequestIds {

    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";
    private static final Pattern GENERATED_LOOKING = Pattern.compile("[0-9a-fA-F-]{16,64}");

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String offered = context.request().getHeader(HEADER);
            String id = offered != null && GENERATED_LOOKING.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
            MDC.put(MDC_KEY, id);
            context.response().putHeader(HEADER, id);
            context.addEndHandler(ended -> MDC.remove(MDC_KEY));
            context.next();
        });
    }
}
