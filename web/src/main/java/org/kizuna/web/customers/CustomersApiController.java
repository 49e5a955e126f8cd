package org.kizuna.web.customers;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.kizuna.cli.CustomerRequests;
import org.kizuna.cli.CustomersJson;
import org.kizuna.store.Workspace;
import org.kizuna.store.WorkspaceException;
import org.kizuna.store.customer.CustomerDirectory;
import org.kizuna.store.customer.CustomerQuery;
import org.kizuna.web.api.ApiErrors;
import org.kizuna.web.api.BadParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The customers in the API: the same JSON, byte for byte, as {@code kizuna customers --format json} and
 * {@code kizuna customer ID --format json} print for the same arguments. A value that cannot be used is
 * answered with 400 naming its parameter, an unknown id with 404.
 */
@RestController
@RequestMapping(path = "/api/v1/customers", produces = MediaType.APPLICATION_JSON_VALUE)
class CustomersApiController {

    private static final Logger LOG = LoggerFactory.getLogger(CustomersApiController.class);

    private final Workspace workspace;

    CustomersApiController(Workspace workspace) {
        this.workspace = workspace;
    }

    /** {@code kizuna customers}: {@code q}, {@code status}, {@code where} (repeats), {@code page}, {@code as_of}. */
    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) List<String> where,
            @RequestParam(required = false) String page,
            @RequestParam(name = "as_of", required = false) String asOf) {
        Map<String, String> filter = attributeValues(where);
        CustomerQuery query = new CustomerQuery(
                java.util.Optional.ofNullable(q),
                parsed("status", () -> CustomerRequests.status(status)),
                filter,
                parsed("page", () -> CustomerRequests.page(page)),
                asOf(asOf));
        return CustomersJson.page(parsed("where", () -> new CustomerDirectory(workspace).page(query)));
    }

    /** {@code kizuna customer ID}: {@code as_of}. */
    @GetMapping("/{id}")
    ResponseEntity<String> one(@PathVariable String id, @RequestParam(name = "as_of", required = false) String asOf) {
        return new CustomerDirectory(workspace)
                .profile(id, asOf(asOf))
                .map(profile -> ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(CustomersJson.profile(profile)))
                .orElseGet(() ->
                        ApiErrors.error(HttpStatus.NOT_FOUND, "no customer \"" + id + "\" in this workspace", null));
    }

    private LocalDate asOf(String text) {
        return parsed("as_of", () -> CustomerRequests.asOf(text, workspace));
    }

    /** {@code ATTR=VALUE} pairs, split at the first {@code =}, as the command line reads {@code --where}. */
    private static Map<String, String> attributeValues(List<String> pairs) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : pairs == null ? List.<String>of() : pairs) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw new BadParameterException(
                        "where", "where \"" + pair + "\" is not written ATTRIBUTE=VALUE, e.g. plan=pro");
            }
            values.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
        return values;
    }

    private static <T> T parsed(String parameter, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new BadParameterException(parameter, e.getMessage());
        }
    }

    @ExceptionHandler(BadParameterException.class)
    ResponseEntity<String> badParameter(BadParameterException e) {
        return ApiErrors.error(HttpStatus.BAD_REQUEST, e.getMessage(), e.parameter());
    }

    @ExceptionHandler(WorkspaceException.class)
    ResponseEntity<String> unavailable(WorkspaceException e) {
        return ApiErrors.error(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage(), null);
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<String> failed(RuntimeException e) {
        LOG.error("API request failed", e);
        return ApiErrors.error(
                HttpStatus.INTERNAL_SERVER_ERROR, "internal error; the server's log has the details", null);
    }
}
