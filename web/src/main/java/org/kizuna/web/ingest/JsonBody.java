package org.kizuna.web.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads a request's JSON body, refusing one larger than {@link #MAX_BYTES} with 413 before it is held in
 * memory. A body sent with {@code Content-Encoding: gzip} (as some Segment libraries send batches) is
 * unpacked, its limit applying to the unpacked text. Numbers are read as decimals, so that {@code 0.1}
 * stays 0.1.
 */
final class JsonBody {

    /** The largest body read: room for {@link IngestService#MAX_ROWS} rows of about 3 KB each. */
    static final int MAX_BYTES = 32 * 1024 * 1024;

    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private JsonBody() {}

    static JsonNode read(HttpServletRequest request) {
        if (request.getContentLengthLong() > MAX_BYTES) {
            throw tooLarge();
        }
        byte[] bytes;
        boolean gzip = "gzip"
                .equalsIgnoreCase(
                        String.valueOf(request.getHeader("Content-Encoding")).strip());
        try (InputStream in = gzip ? new GZIPInputStream(request.getInputStream()) : request.getInputStream()) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw RejectedBatch.unreadable("the request body could not be read: " + e.getMessage());
        }
        if (bytes.length > MAX_BYTES) {
            throw tooLarge();
        }
        if (bytes.length == 0) {
            throw RejectedBatch.unreadable("the request body is empty; send a JSON object");
        }
        try {
            JsonNode body = JSON.readTree(bytes);
            if (body == null || !body.isObject()) {
                throw RejectedBatch.unreadable("the request body is not a JSON object");
            }
            return body;
        } catch (JsonProcessingException e) {
            var where = e.getLocation();
            throw RejectedBatch.unreadable("the request body is not valid JSON"
                    + (where == null ? "" : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")")
                    + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw RejectedBatch.unreadable("the request body could not be read: " + e.getMessage());
        }
    }

    static RejectedBatch tooLarge() {
        return new RejectedBatch(
                413,
                "the request body is larger than " + MAX_BYTES / (1024 * 1024) + " MiB; send it in smaller batches",
                List.of(),
                0);
    }
}
