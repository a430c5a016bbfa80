package uk.safeguarding.rules.service.leads;

import io.quarkus.oidc.OidcSession;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Signing in to the leads' page and out of it, for the properties-file users (form authentication: the form posts to
 * /leads/j_security_check, which Quarkus handles). When OpenID Connect's code flow is switched on for the page, the
 * identity provider's own login replaces this page, and signing out ends the service's session with it (the provider's
 * own session too when its logout is configured; README, section Access).
 */
@Path("/leads")
@PermitAll
public class SignIn {

    @Inject
    SecurityIdentity identity;

    @Inject
    OidcSession providerSession;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signIn(boolean wrongDetails);

        static native TemplateInstance signedOut();

        static native TemplateInstance refused();
    }

    @GET
    @Path("/sign-in")
    @Produces(MediaType.TEXT_HTML)
    public Response signIn(@QueryParam("error") boolean wrongDetails) {
        return Response.status(wrongDetails ? 401 : 200).entity(Templates.signIn(wrongDetails))
                .header("Cache-Control", "no-store").build();
    }

    /**
     * Ends the session the page was signed in with: the identity provider's (code flow), or the sign-in cookie (asking
     * for the identity first, which reads that cookie and names it for clearing).
     */
    @GET
    @Path("/sign-out")
    @Blocking
    public Uni<Response> signOut() {
        Response signedOut = Response.seeOther(URI.create("/leads/signed-out")).build();
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(signedOut);
        }
        if (identity.getPrincipal() instanceof JsonWebToken) {
            return providerSession.logout().replaceWith(signedOut);
        }
        FormAuthenticationMechanism.logout(identity);
        return Uni.createFrom().item(signedOut);
    }

    @GET
    @Path("/signed-out")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance signedOut() {
        return Templates.signedOut();
    }

    /** Whether a request is for the leads' page (or its sign-in), which a browser uses. */
    public static boolean isForThePage(String path) {
        return path.equals("/leads") || path.startsWith("/leads/");
    }

    /**
     * The page's way in for a browser that has not signed in, or gave a wrong password: a redirect to the sign-in page
     * (or back to it with the error shown), or to the identity provider's login when OIDC's code flow is on.
     */
    public static Uni<Response> challenge(RoutingContext request) {
        HttpAuthenticator authenticator = request.get(HttpAuthenticator.class.getName());
        return authenticator.getChallenge(request).map(challenge -> {
            Response.ResponseBuilder response = Response.status(challenge.status).header("Cache-Control", "no-store");
            challenge.getHeaders().forEach((name, value) -> response.header(name.toString(), value));
            return response.build();
        });
    }

    /** The page for someone signed in without the lead or policy role. */
    static TemplateInstance refused() {
        return Templates.refused();
    }
}
