package uk.safeguarding.rules.service;

import io.quarkus.arc.profile.IfBuildProfile;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The benchmark's comparator, only in the benchmark build (-Dquarkus.profile=benchmark): reads a request body as the
 * assessment endpoint does and answers with a fixed JSON document of the requested size, so the HTTP stack's own
 * ceiling can be measured beside real assessments in the same run (scripts/benchmark.sh).
 */
@Path("/benchmark/canned-response")
@IfBuildProfile("benchmark")
public class CannedResponseResource {

    private static final Map<Integer, byte[]> RESPONSES = new ConcurrentHashMap<>();

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Benchmark comparator: read the body, answer a canned document of the given size", hidden = true)
    public byte[] cannedResponse(String body, @QueryParam("bytes") int bytes) {
        return RESPONSES.computeIfAbsent(Math.max(bytes, 16), CannedResponseResource::document);
    }

    /** {"canned":"xxx…"}, exactly {@code size} bytes long. */
    private static byte[] document(int size) {
        byte[] open = "{\"canned\":\"".getBytes(StandardCharsets.US_ASCII);
        byte[] document = new byte[size];
        Arrays.fill(document, (byte) 'x');
        System.arraycopy(open, 0, document, 0, open.length);
        document[size - 2] = '"';
        document[size - 1] = '}';
        return document;
    }
}
