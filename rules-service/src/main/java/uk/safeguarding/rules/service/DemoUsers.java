package uk.safeguarding.rules.service;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * The demonstration users (demo-users.properties and demo-roles.properties, shipped with the service) let the README's
 * run command work on a fresh clone. They are for trying the service only: startup says so loudly, refuses to run with
 * them and OpenID Connect both switched on, and with safeguarding.access.demo-users=false every sign-in that is not an
 * OIDC bearer token is refused.
 */
@ApplicationScoped
class DemoUsers implements SecurityIdentityAugmentor {

    static final String SWITCH = "safeguarding.access.demo-users";
    private static final Logger LOG = Logger.getLogger(DemoUsers.class);

    private final boolean enabled;
    private final boolean oidc;

    @Inject
    DemoUsers(@ConfigProperty(name = SWITCH) boolean enabled, @ConfigProperty(name = "quarkus.oidc.tenant-enabled") boolean oidc) {
        this.enabled = enabled;
        this.oidc = oidc;
    }

    void onStart(@Observes StartupEvent started) {
        LOG.log(enabled || !oidc ? Logger.Level.WARN : Logger.Level.INFO, startupMessage(enabled, oidc));
    }

    /** What startup says about access; throws when the configuration must not run. */
    static String startupMessage(boolean demoUsers, boolean oidc) {
        if (demoUsers && oidc) {
            throw new IllegalStateException("Refusing to start: both OpenID Connect (quarkus.oidc.tenant-enabled=true) and the "
                    + "demonstration users (" + SWITCH + "=true) are switched on. A real deployment uses OIDC only: set "
                    + SWITCH + "=false (SAFEGUARDING_ACCESS_DEMO_USERS=false).");
        }
        if (demoUsers) {
            String rule = "*".repeat(100);
            return "\n" + rule + "\n* DEMONSTRATION USERS ARE IN USE: anyone who reads demo-users.properties (case-system, lead, policy,"
                    + " visitor) can sign in.\n* For trying the service only. Turn them off with " + SWITCH + "=false "
                    + "(SAFEGUARDING_ACCESS_DEMO_USERS=false) and\n* switch on OpenID Connect (QUARKUS_OIDC_TENANT_ENABLED=true, "
                    + "QUARKUS_OIDC_AUTH_SERVER_URL=...): see the README, section Access.\n" + rule;
        }
        if (!oidc) {
            return "Neither OpenID Connect nor the demonstration users are switched on: nobody can sign in, so every API call "
                    + "will be refused. See the README, section Access.";
        }
        return "Access: OpenID Connect bearer tokens; demonstration users are off.";
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!enabled && !identity.isAnonymous() && !(identity.getPrincipal() instanceof JsonWebToken)) {
            return Uni.createFrom().failure(new AuthenticationFailedException("demonstration users are switched off"));
        }
        return Uni.createFrom().item(identity);
    }
}
