package uk.safeguarding.rules.service;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Every request gets an id, answered in the X-Request-Id header and written in the decision log, so a partnership can
 * find the line for an answer it holds. A caller's own id is kept only when it is a UUID: anything else could carry
 * a name into the log.
 */
@ApplicationScoped
class RequestIds {

    static final String HEADER = "X-Request-Id";
    private static final String KEY = RequestIds.class.getName();
    private static final Pattern UUID_SHAPE = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(context -> {
            String given = context.request().getHeader(HEADER);
            String id = given != null && UUID_SHAPE.matcher(given).matches() ? given.toLowerCase() : UUID.randomUUID().toString();
            context.put(KEY, id);
            context.response().putHeader(HEADER, id);
            context.next();
        });
    }

    static String of(RoutingContext request) {
        String id = request.get(KEY);
        return id != null ? id : UUID.randomUUID().toString();
    }
}
