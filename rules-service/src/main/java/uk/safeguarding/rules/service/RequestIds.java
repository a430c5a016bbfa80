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
 * line for an answer it holds. A caller's own id is kept only when it is a UUID: anything else could carry a name
 * into the logs.
 */
@ApplicationScoped
class RequestIds {

    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";
    private static final String KEY = RequestIds.class.getName();
    private static final Pattern UUID_SHAPE = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(context -> {
            String given = context.request().getHeader(HEADER);
            String id = given != null && UUID_SHAPE.matcher(given).matches() ? given.toLowerCase() : UUID.randomUUID().toString();
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
