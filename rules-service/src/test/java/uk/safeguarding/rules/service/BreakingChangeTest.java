package uk.safeguarding.rules.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The contract check tells a change that breaks clients from one that does not, on the committed contract itself. */
class BreakingChangeTest {

    @Test
    void anUnchangedContractBreaksNothing() {
        assertEquals("", Contract.breakingChanges(Contract.committed(), Contract.committed()));
    }

    @Test
    void removingAnEnumValueThatClientsSendBreaksThem() {
        String breaking = Contract.breakingChanges(Contract.committed(), changed(contract -> {
            ArrayNode outcomes = (ArrayNode) schema(contract, "IncidentOutcome").path("enum");
            assertEquals("UNKNOWN", outcomes.get(outcomes.size() - 1).asText());
            outcomes.remove(outcomes.size() - 1);
        }));
        assertFalse(breaking.isEmpty(), "removing UNKNOWN from IncidentOutcome was not found breaking");
    }

    @Test
    void removingAnOperationBreaksClients() {
        assertFalse(Contract.breakingChanges(Contract.committed(), changed(contract ->
                ((ObjectNode) contract.path("paths")).remove("/api/v1/timescales"))).isEmpty());
    }

    @Test
    void removingAFieldClientsReadBreaksThem() {
        assertFalse(Contract.breakingChanges(Contract.committed(), changed(contract ->
                ((ObjectNode) schema(contract, "Verdict").path("properties")).remove("summary"))).isEmpty());
    }

    @Test
    void narrowingAFieldsTypeBreaksClients() {
        assertFalse(Contract.breakingChanges(Contract.committed(), changed(contract ->
                ((ObjectNode) schema(contract, "SafeguardingCase").path("properties").path("reference")).put("maxLength", 8))).isEmpty());
    }

    @Test
    void changingAFieldsTypeBreaksClients() {
        assertFalse(Contract.breakingChanges(Contract.committed(), changed(contract ->
                ((ObjectNode) schema(contract, "BatchItem").path("properties").path("index")).put("type", "string").remove("format"))).isEmpty());
    }

    @Test
    void addingAnOptionalResponseFieldBreaksNoClient() {
        assertEquals("", Contract.breakingChanges(Contract.committed(), changed(contract ->
                ((ObjectNode) schema(contract, "Verdict").path("properties")).putObject("confidence").put("type", "string"))));
    }

    private static JsonNode changed(Consumer<JsonNode> change) {
        JsonNode copy = Contract.committed().deepCopy();
        change.accept(copy);
        return copy;
    }

    private static ObjectNode schema(JsonNode contract, String name) {
        JsonNode schema = contract.path("components").path("schemas").path(name);
        assertTrue(schema.isObject(), name + " is not in the contract");
        return (ObjectNode) schema;
    }
}
