package uk.safeguarding.rules.service;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;

/** Who asked and which request it was, for the decision log: never anything from the request's content. */
public record Caller(String name, String requestId) {

    public static Caller of(SecurityIdentity identity, RoutingContext request) {
        return new Caller(identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName(), RequestIds.of(request));
    }
}
