package uk.safeguarding.rules.service;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The example files whole, for the readers of Swagger UI: the document itself carries each example response trimmed,
 * so that clients and browsers do not download hundreds of kilobytes of examples. Not part of the API contract.
 */
@Path("/examples")
public class ExampleFileResource {

    @GET
    @Path("/{file}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public InputStream file(@PathParam("file") String file) {
        return ExampleFiles.open(file).orElseThrow(() -> new NotFoundException("There is no example " + file));
    }
}
