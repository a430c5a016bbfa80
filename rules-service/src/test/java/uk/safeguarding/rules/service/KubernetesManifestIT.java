package uk.safeguarding.rules.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Kubernetes manifests the build writes (target/kubernetes/kubernetes.yml), read as a cluster would read them. */
class KubernetesManifestIT {

    private static final Path MANIFEST = Path.of(System.getProperty("kubernetes.manifest", "target/kubernetes/kubernetes.yml"));
    private static final Path RULES = Path.of(System.getProperty("rules.dir", "../rules"));
    static final String EDITED_RULES_MOUNT = "/deployments/edited-rules";

    private static final List<JsonNode> documents = new ArrayList<>();
    private static JsonNode deployment;
    private static JsonNode container;

    @BeforeAll
    static void read() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try (var parser = yaml.getFactory().createParser(MANIFEST.toFile())) {
            yaml.readValues(parser, JsonNode.class).forEachRemaining(documents::add);
        }
        deployment = only("Deployment");
        container = deployment.at("/spec/template/spec/containers/0");
    }

    @Test
    void severalReplicasOfANonRootContainerWithRequestsAndLimits() {
        assertTrue(deployment.at("/spec/replicas").asInt() >= 2, deployment.toString());
        assertTrue(deployment.at("/spec/template/spec/securityContext/runAsNonRoot").asBoolean());
        assertTrue(deployment.at("/spec/template/spec/securityContext/runAsUser").asInt() > 0);
        for (String kind : List.of("requests", "limits")) {
            for (String resource : List.of("cpu", "memory")) {
                assertFalse(container.at("/resources/" + kind + "/" + resource).asText().isEmpty(), kind + " " + resource);
            }
        }
    }

    @Test
    void probesUseTheServicesHealthChecks() {
        int port = container.at("/ports/0/containerPort").asInt();
        Map<String, String> probes = Map.of("livenessProbe", "/q/health/live", "readinessProbe", "/q/health/ready",
                "startupProbe", "/q/health/started");
        probes.forEach((probe, path) -> {
            assertEquals(path, container.at("/" + probe + "/httpGet/path").asText(), probe);
            assertEquals(port, container.at("/" + probe + "/httpGet/port").asInt(), probe);
        });
        int startupAllowance = container.at("/startupProbe/periodSeconds").asInt() * container.at("/startupProbe/failureThreshold").asInt();
        assertTrue(startupAllowance >= 60, "compiling the rules at startup gets at least a minute, not " + startupAllowance + " s");
    }

    @Test
    void theProfileIsSetAndTheDemonstrationUsersAreOffAndAccessComesFromASecret() {
        Map<String, String> env = new TreeMap<>();
        container.path("env").forEach(variable -> env.put(variable.path("name").asText(), variable.path("value").asText()));
        assertEquals("national", env.get("SAFEGUARDING_RULES_PROFILE"), env.toString());
        assertEquals("false", env.get("SAFEGUARDING_ACCESS_DEMO_USERS"), env.toString());
        assertEquals("hybrid", env.get("QUARKUS_OIDC_APPLICATION_TYPE"), "bearer tokens for /api, the provider's login for the page");
        assertEquals("code", env.get("QUARKUS_HTTP_AUTH_PERMISSION_LEADS_AUTH_MECHANISM"), env.toString());
        assertEquals("rules-service-access", container.at("/envFrom/0/secretRef/name").asText(), container.toString());
    }

    @Test
    void anEditedRulesDirectoryCanBeMountedWithItsSubfolders() throws IOException {
        JsonNode mount = null;
        for (JsonNode candidate : container.path("volumeMounts")) {
            if (candidate.path("mountPath").asText().equals(EDITED_RULES_MOUNT)) {
                mount = candidate;
            }
        }
        assertTrue(mount != null && mount.path("readOnly").asBoolean(), container.path("volumeMounts").toString());
        JsonNode volume = null;
        for (JsonNode candidate : deployment.at("/spec/template/spec/volumes")) {
            if (candidate.path("name").asText().equals(mount.path("name").asText())) {
                volume = candidate.path("configMap");
            }
        }
        assertTrue(volume != null && volume.path("optional").asBoolean(), "optional: without it the shipped rules run");
        assertEquals(0444, volume.path("defaultMode").asInt(), "readable by the service's non-root user");
        TreeSet<String> mapped = new TreeSet<>();
        volume.path("items").forEach(item -> {
            assertEquals(item.path("path").asText().replace('/', '.'), item.path("key").asText(), "key named after its path");
            mapped.add(item.path("path").asText());
        });
        TreeSet<String> ruleFiles = ruleFiles();
        TreeSet<String> missing = new TreeSet<>(ruleFiles);
        missing.removeAll(mapped);
        assertTrue(missing.isEmpty(), "rule files the ConfigMap volume would leave out; add to application.properties:\n"
                + missing.stream().map(file -> "quarkus.kubernetes.config-map-volumes.edited-rules.items.\"" + file.replace('/', '.')
                        + "\".path=" + file).reduce("", (lines, line) -> lines + line + "\n"));
        assertEquals(ruleFiles, mapped, "items for files that are no longer in rules/");
    }

    @Test
    void aServiceSendsTrafficToThePods() {
        JsonNode service = only("Service");
        JsonNode podLabels = deployment.at("/spec/template/metadata/labels");
        service.at("/spec/selector").fields().forEachRemaining(selector ->
                assertEquals(selector.getValue().asText(), podLabels.path(selector.getKey()).asText(), selector.getKey()));
        JsonNode port = service.at("/spec/ports/0");
        assertTrue(port.path("targetPort").asInt() == container.at("/ports/0/containerPort").asInt()
                || port.path("targetPort").asText().equals(container.at("/ports/0/name").asText()), port.toString());
    }

    @Test
    void nothingNeedsAnOperatorThatMayNotBeInstalled() {
        for (JsonNode document : documents) {
            assertTrue(List.of("Deployment", "Service").contains(document.path("kind").asText()), document.path("kind").asText());
        }
    }

    private static TreeSet<String> ruleFiles() throws IOException {
        try (Stream<Path> files = Files.walk(RULES)) {
            TreeSet<String> names = new TreeSet<>();
            files.filter(Files::isRegularFile).map(file -> RULES.relativize(file).toString().replace('\\', '/'))
                    .filter(name -> !name.equals("pom.xml") && !name.startsWith("target/")).forEach(names::add);
            return names;
        }
    }

    private static JsonNode only(String kind) {
        List<JsonNode> found = documents.stream().filter(document -> kind.equals(document.path("kind").asText())).toList();
        assertEquals(1, found.size(), kind);
        return found.get(0);
    }
}
