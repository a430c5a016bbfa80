package uk.safeguarding.rules.service.leads;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.safeguarding.rules.service.SigningKey;

/**
 * Guards the page's forms against cross-site request forgery (another site making a signed-in lead's browser post to
 * the page). Each browser gets a random value in a cookie that only the page's own address receives; every form carries
 * a token that is an HMAC of that value and the signed-in user's name. A post is answered only when its token matches:
 * another site can make the browser send the cookie (SameSite=Strict stops even that in current browsers) but can
 * neither read it nor compute the token without the key. Nothing about the case is kept.
 *
 * <p>Quarkus's own quarkus-rest-csrf was not used: it checks every POST in the service and refuses a failed one with
 * an empty 400, so a form-typed body sent to /api would no longer get its problem details.
 */
@ApplicationScoped
class FormTokens {

    static final String FIELD = "form-token";
    static final String COOKIE = "leads-form";
    private static final String PATH = "/leads";

    private final SigningKey key;
    private final SecureRandom random = new SecureRandom();

    @Inject
    FormTokens(@ConfigProperty(name = "safeguarding.leads.form-key") Optional<String> key) {
        this.key = SigningKey.configuredOrForThisRun(key, "safeguarding.leads.form-key", "the leads' page's forms are "
                + "signed with a key made for this run only, so with more than one instance, or after a restart, a lead is "
                + "asked to check the answers again. Set it (SAFEGUARDING_LEADS_FORM_KEY) to a secret shared by the instances.");
    }

    /** The token for the page's forms, setting the browser's value first if it has none. */
    String issue(RoutingContext request, SecurityIdentity caller) {
        Cookie cookie = request.request().getCookie(COOKIE);
        String browserValue = cookie == null || cookie.getValue().isBlank() ? null : cookie.getValue();
        if (browserValue == null) {
            byte[] value = new byte[32];
            random.nextBytes(value);
            browserValue = Base64.getUrlEncoder().withoutPadding().encodeToString(value);
            request.response().addCookie(Cookie.cookie(COOKIE, browserValue).setPath(PATH).setHttpOnly(true)
                    .setSecure(request.request().isSSL()).setSameSite(CookieSameSite.STRICT));
        }
        return token(browserValue, caller);
    }

    /** Whether a post carries the token for this browser and this user. */
    boolean accepts(RoutingContext request, SecurityIdentity caller, String posted) {
        Cookie cookie = request.request().getCookie(COOKIE);
        if (cookie == null || posted == null || posted.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(token(cookie.getValue(), caller).getBytes(StandardCharsets.US_ASCII), posted.getBytes(StandardCharsets.US_ASCII));
    }

    private String token(String browserValue, SecurityIdentity caller) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.sign(caller.getPrincipal().getName() + "\n" + browserValue));
    }
}
