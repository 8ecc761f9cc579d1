package org.negotiationtracker.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.negotiationtracker.app.ImportEvents;
import org.negotiationtracker.app.ImportProgress;
import org.negotiationtracker.app.ImportReport;
import org.negotiationtracker.problem.Problem;
import org.negotiationtracker.problem.ProblemException;
import org.negotiationtracker.request.CsvEvents;
import org.negotiationtracker.request.CsvMapping;
import org.negotiationtracker.request.ImportSource;
import org.negotiationtracker.request.JsonBody;
import org.negotiationtracker.request.NdjsonLines;

/**
 * Bulk import: a file of events streamed in and appended in chunks (see {@link ImportEvents}). A client that accepts
 * {@code application/x-ndjson} follows it chunk by chunk; otherwise one JSON answer comes at the end.
 */
@Path("/api/events/import")
public class ImportResource {

    static final String NDJSON = "application/x-ndjson";
    static final String CSV = "text/csv";
    private static final int GZIP_BUFFER_BYTES = 64 * 1024;

    private final ImportEvents imports;
    private final JsonBody body;
    private final ObjectMapper mapper;

    ImportResource(ImportEvents imports, JsonBody body, ObjectMapper mapper) {
        this.imports = imports;
        this.body = body;
        this.mapper = mapper;
    }

    @POST
    @Consumes({NDJSON, CSV})
    @Produces({MediaType.APPLICATION_JSON, NDJSON})
    @Operation(summary = "Import events in bulk: NDJSON (one event of POST /api/events a line) or CSV with a mapping",
            description = "Streamed, optionally with Content-Encoding: gzip, and appended in chunks of "
                    + "tracker.import.chunk-size, one transaction each, with the checks, ids and idempotency of POST "
                    + "/api/events. A refused line refuses itself only; the answer counts the lines appended, already "
                    + "stored and refused, and lists the first 100 refusals with their line and JSON pointer. A retry "
                    + "of the same file appends nothing twice. For text/csv the query parameters map columns to "
                    + "fields (docs/import.md). With Accept: application/x-ndjson the answer is one progress line per "
                    + "committed chunk, then the report ({\"report\": ...}) or the problem that stopped it "
                    + "({\"problem\": ...}).")
    @RequestBody(content = {@Content(mediaType = NDJSON, schema = @Schema(type = org.eclipse.microprofile.openapi
            .annotations.enums.SchemaType.STRING, description = "one event (the shape of POST /api/events) a line")),
            @Content(mediaType = CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums
                    .SchemaType.STRING, description = "a header row, then one event a row"))})
    @APIResponse(responseCode = "201", description = "Imported; something was appended",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "200", description = "Imported; nothing new was appended",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
    public Response importEvents(InputStream input, @HeaderParam(HttpHeaders.CONTENT_ENCODING) String encoding,
                                 @Context HttpHeaders headers, @Context UriInfo uri) {
        MediaType type = headers.getMediaType();
        boolean csv = type != null && type.isCompatible(MediaType.valueOf(CSV));
        CsvMapping mapping = csv ? CsvMapping.of(uri.getQueryParameters()) : null;
        if (!csv && !uri.getQueryParameters().isEmpty()) {
            throw ProblemException.badParameter("query parameters map CSV columns; an NDJSON import takes none");
        }
        ImportSource source = source(decoded(input, encoding), mapping);
        if (headers.getAcceptableMediaTypes().stream().noneMatch(ImportResource::namesNdjson)) {
            ImportReport report = imports.run(source, progress -> { });
            return Consistency.written(Response.status(report.appended() > 0 ? Response.Status.CREATED
                    : Response.Status.OK).type(MediaType.APPLICATION_JSON_TYPE).entity(report), report.position());
        }
        StreamingOutput progressLines = output -> {
            try {
                ImportReport report = imports.run(source, progress -> line(output,
                        new ProgressLine(progress)));
                line(output, new ReportLine(report));
            } catch (ProblemException e) {
                line(output, new ProblemLine(e.problem().at(uri.getPath())));
            }
        };
        return Response.ok(progressLines, NDJSON).build();
    }

    /** One committed chunk of an import followed with {@code Accept: application/x-ndjson}. */
    record ProgressLine(ImportProgress progress) {
    }

    /** The last line of an import that ran to its end. */
    record ReportLine(ImportReport report) {
    }

    /** The last line of an import that stopped; the chunks before it are in the log. */
    record ProblemLine(Problem problem) {
    }

    private ImportSource source(InputStream decoded, CsvMapping mapping) {
        try {
            return mapping == null ? new NdjsonLines(decoded, body) : new CsvEvents(decoded, mapping);
        } catch (UncheckedIOException e) {
            throw unreadable(e.getCause());
        }
    }

    private void line(OutputStream output, Object line) {
        try {
            output.write(mapper.writeValueAsBytes(line));
            output.write('\n');
            output.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An Accept entry that asks for NDJSON by name: a wildcard gets the one JSON answer. */
    private static boolean namesNdjson(MediaType accepted) {
        return !accepted.isWildcardType() && !accepted.isWildcardSubtype()
                && accepted.isCompatible(MediaType.valueOf(NDJSON));
    }

    private static InputStream decoded(InputStream input, String encoding) {
        if (encoding == null || encoding.isBlank() || encoding.strip().equalsIgnoreCase("identity")) {
            return input;
        }
        if (!encoding.strip().equalsIgnoreCase("gzip")) {
            throw new ProblemException(Problem.of(415, "unsupported-content-encoding", "Unsupported content encoding",
                    "Content-Encoding \"" + encoding + "\" is not supported; send the body as it is, or gzip it"));
        }
        try {
            return new GZIPInputStream(input, GZIP_BUFFER_BYTES);
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    private static ProblemException unreadable(IOException e) {
        String detail = e instanceof ZipException || e.getMessage() != null && e.getMessage().contains("GZIP")
                ? "the body is not valid gzip (" + e.getMessage() + ")" : "the body could not be read (" + e + ")";
        return new ProblemException(Problem.of(400, "unreadable-body", "Unreadable request body", detail
                + "; nothing was appended"));
    }
}
