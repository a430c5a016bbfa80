package uk.safeguarding.rules.service.leads;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The stylesheets and script the page uses: the GOV.UK Frontend's, from its webjar, and the page's own. The GOV.UK
 * stylesheet is served without the GDS Transport typeface, which is reserved for services on GOV.UK; text falls back to
 * the frontend's own second choice, Arial. Read once; the files are small.
 */
final class FrontendAssets {

    record Asset(String mediaType, String content) {
    }

    private static final String WEBJAR = "META-INF/resources/webjars/govuk-frontend/";
    private static final Map<String, Asset> ASSETS = load();

    private FrontendAssets() {
    }

    static Optional<Asset> named(String name) {
        return Optional.ofNullable(ASSETS.get(name));
    }

    private static Map<String, Asset> load() {
        String dist = WEBJAR + webjarVersion() + "/dist/govuk/";
        return Map.of(
                "govuk-frontend.css", new Asset("text/css", withoutTheGovUkTypeface(read(dist + "govuk-frontend.min.css"))),
                "govuk-frontend.js", new Asset("text/javascript", read(dist + "govuk-frontend.min.js")),
                "leads.css", new Asset("text/css", read("leads/leads.css")));
    }

    static String withoutTheGovUkTypeface(String css) {
        return css.replaceAll("@font-face\\{font-family:GDS Transport;[^}]*}", "")
                .replace("font-family:GDS Transport,arial,sans-serif", "font-family:arial,sans-serif");
    }

    private static String webjarVersion() {
        Properties pom = new Properties();
        try (InputStream in = resource("META-INF/maven/org.webjars.npm/govuk-frontend/pom.properties")) {
            pom.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pom.getProperty("version");
    }

    private static String read(String name) {
        try (InputStream in = resource(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name, e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = FrontendAssets.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("Missing from the classpath: " + name);
        }
        return in;
    }
}
