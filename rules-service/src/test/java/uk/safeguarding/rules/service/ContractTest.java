package uk.safeguarding.rules.service;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * The service publishes exactly the committed contract (src/main/openapi), so any change to the API is deliberate.
 * To publish a change: -Dopenapi.update=true rewrites the committed document, but only if no client built on it would
 * break; breaking changes go under a new version path (/api/v2) instead. Retiring a deprecated version after its
 * notice period is the one deliberate break: -Dopenapi.update=breaking.
 */
@QuarkusTest
class ContractTest {

    private static final String UPDATE = System.getProperty("openapi.update", "");
    private static final int LIGHT_DOCUMENT_BYTES = 150_000;

    @Test
    void theServicePublishesTheCommittedContract() {
        JsonNode live = Contract.ofDocument(servedDocument());
        JsonNode committed = Contract.committed();
        if (live.equals(committed)) {
            return;
        }
        String breaking = Contract.breakingChanges(committed, live);
        if (UPDATE.equals("breaking") || (UPDATE.equals("true") && breaking.isEmpty())) {
            Contract.write(live);
            return;
        }
        fail(breaking.isEmpty()
                ? "The API differs from the committed contract " + Contract.FILE + " without breaking clients. If the change is "
                        + "intended, publish it with -Dopenapi.update=true and commit the document."
                : "The API differs from the committed contract " + Contract.FILE + " in ways that break clients. Keep /api/v1 "
                        + "as it is and put the change under a new version path; retiring a deprecated version after its notice "
                        + "period is the only reason for -Dopenapi.update=breaking.\n" + breaking);
    }

    @Test
    void theDocumentStaysLight() {
        int bytes = servedDocument().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        assertTrue(bytes < LIGHT_DOCUMENT_BYTES, "/q/openapi is " + bytes + " bytes; keep it under " + LIGHT_DOCUMENT_BYTES);
    }

    @Test
    void everyOperationHasAStableName() {
        JsonNode contract = Contract.committed();
        List<String> unnamed = StreamSupport.stream(contract.path("paths").spliterator(), false)
                .flatMap(path -> StreamSupport.stream(path.spliterator(), false))
                .filter(operation -> operation.path("operationId").asText().isEmpty())
                .map(operation -> operation.path("summary").asText())
                .toList();
        assertEquals(List.of(), unnamed, "operations without an operationId");
    }

    private static String servedDocument() {
        return given().accept("application/json").when().get("/q/openapi").then().statusCode(200).extract().asString();
    }
}
