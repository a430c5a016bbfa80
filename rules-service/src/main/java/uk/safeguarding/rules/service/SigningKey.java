package uk.safeguarding.rules.service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.logging.Logger;

/**
 * An HMAC-SHA256 key: the one a setting gives, or, when the setting is blank, one made for this run only (startup says
 * what that costs). Used for the decision log's case references and the leads' page's form tokens.
 */
public final class SigningKey {

    private static final Logger LOG = Logger.getLogger(SigningKey.class);
    private static final String HMAC = "HmacSHA256";

    private final SecretKeySpec key;

    public SigningKey(byte[] key) {
        this.key = new SecretKeySpec(key, HMAC);
    }

    /** The configured key, or a key for this run with a warning naming the setting and what a shared key would give. */
    public static SigningKey configuredOrForThisRun(Optional<String> configured, String setting, String withoutIt) {
        return configured.filter(key -> !key.isBlank()).map(key -> new SigningKey(key.getBytes(StandardCharsets.UTF_8)))
                .orElseGet(() -> {
                    LOG.warnf("%s is not set: %s", setting, withoutIt);
                    byte[] key = new byte[32];
                    new SecureRandom().nextBytes(key);
                    return new SigningKey(key);
                });
    }

    public byte[] sign(String text) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
