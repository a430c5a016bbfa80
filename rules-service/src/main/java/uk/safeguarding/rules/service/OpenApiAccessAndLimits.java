package uk.safeguarding.rules.service;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import uk.safeguarding.rules.input.InputLimits;

/**
 * Makes the published document say what the service does. Every text and list field a request can hold gets the
 * length the checks apply ({@link InputLimits}; a field whose annotation states its own, like the reference, keeps
 * it), and every API operation says it needs a sign-in, by user name and password or by bearer token, so Swagger UI's
 * Authorize button offers both.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class OpenApiAccessAndLimits implements OASFilter {

    static final String BASIC = "basic";
    static final String BEARER = "bearer";
    private static final String API = "/api/";
    private static final String SCHEMAS = "#/components/schemas/";
    private static final String LIMITS = "Limits: a body of at most " + InputLimits.MAX_BODY_BYTES + " bytes, nested at most "
            + InputLimits.MAX_NESTING_DEPTH + " levels deep; text of at most " + InputLimits.MAX_TEXT_LENGTH + " characters (a case "
            + "reference " + InputLimits.MAX_REFERENCE_LENGTH + "); lists of at most " + InputLimits.MAX_LIST_LENGTH + " entries; at most "
            + InputLimits.MAX_BATCH_SIZE + " cases in a batch. A request beyond a limit gets a 4xx problem naming the field or the limit.";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getComponents()
                .addSecurityScheme(BASIC, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                        .description("A user name and password: the demonstration users while they are switched on."))
                .addSecurityScheme(BEARER, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .bearerFormat("JWT").description("An access token from the partnership's identity provider (OpenID Connect)."));
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Set<Schema> visited = new HashSet<>();
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith(API)) {
                return;
            }
            item.getOperations().values().forEach(operation -> {
                requireSignIn(operation);
                if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                    operation.getRequestBody().description(LIMITS);
                    operation.getRequestBody().getContent().getMediaTypes().values()
                            .forEach(media -> limit(media.getSchema(), schemas, visited));
                }
            });
        });
    }

    private static void requireSignIn(Operation operation) {
        operation.security(new ArrayList<>(List.of(OASFactory.createSecurityRequirement().addScheme(BASIC),
                OASFactory.createSecurityRequirement().addScheme(BEARER))));
        Schema problem = OASFactory.createSchema().ref(SCHEMAS + "Problem");
        operation.getResponses()
                .addAPIResponse("401", OASFactory.createAPIResponse().description("Not signed in, or the sign-in was refused.")
                        .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType().schema(problem))))
                .addAPIResponse("403", OASFactory.createAPIResponse().description("Signed in without a role that may do this.")
                        .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType().schema(problem))));
    }

    /** Walks a request schema and the schemas it refers to, stating the general limits where none is stated. */
    private static void limit(Schema schema, Map<String, Schema> schemas, Set<Schema> visited) {
        if (schema == null || !visited.add(schema)) {
            return;
        }
        if (schema.getRef() != null && schema.getRef().startsWith(SCHEMAS)) {
            limit(schemas.get(schema.getRef().substring(SCHEMAS.length())), schemas, visited);
        }
        List<Schema.SchemaType> types = schema.getType() == null ? List.of() : schema.getType();
        if (types.contains(Schema.SchemaType.STRING) && schema.getEnumeration() == null && schema.getFormat() == null
                && schema.getMaxLength() == null) {
            schema.maxLength(InputLimits.MAX_TEXT_LENGTH);
        }
        if (types.contains(Schema.SchemaType.ARRAY) && schema.getMaxItems() == null) {
            schema.maxItems(InputLimits.MAX_LIST_LENGTH);
        }
        limit(schema.getItems(), schemas, visited);
        if (schema.getAllOf() != null) {
            schema.getAllOf().forEach(part -> limit(part, schemas, visited));
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> limit(property, schemas, visited));
        }
    }
}
