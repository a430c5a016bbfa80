package uk.safeguarding.rules.service;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import uk.safeguarding.rules.assessment.Assessment;
import uk.safeguarding.rules.report.AssessmentMarkdown;

/** Writes an assessment as plain-language Markdown when the client asks for text/markdown. */
@Provider
@Produces(MarkdownWriter.TEXT_MARKDOWN)
public class MarkdownWriter implements MessageBodyWriter<Assessment> {

    public static final String TEXT_MARKDOWN = "text/markdown";

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return Assessment.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(Assessment assessment, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        headers.putSingle("Content-Type", TEXT_MARKDOWN + ";charset=UTF-8");
        out.write(AssessmentMarkdown.render(assessment).getBytes(StandardCharsets.UTF_8));
    }
}
