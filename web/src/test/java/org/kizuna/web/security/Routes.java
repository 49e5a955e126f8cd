package org.kizuna.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kizuna.web.GoldenWorkspace;
import org.springframework.core.MethodParameter;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route the server maps, read from Spring's handler mapping rather than listed by hand, so that the
 * security tests cover the pages and API added later too; and what is expected of each: which routes are
 * public, how a path variable is filled with a plausible value or a hostile one, what a clean answer is.
 */
final class Routes {

    /** Public without sign-in: the sign-in page, health, signed survey links, static files, the error page. */
    private static final List<String> PUBLIC =
            List.of("/login", "/health", "/s/", "/webjars/", "/css/", "/js/", "/favicon.ico", "/error");

    /**
     * Spring Boot's error page, shown in place of a failed request's answer with that request's status; asked
     * for by itself it has no error to show and answers 500. It is public, and not a route of its own here.
     */
    private static final String ERROR_PAGE = "/error";

    /** Values a hostile visitor puts in parameters and path variables. */
    static final List<String> HOSTILE = List.of(
            "' OR 1=1 --",
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "../../etc/passwd",
            "A".repeat(3000),
            "期間".repeat(300));

    /** What must never come back as it was sent: markup that a browser would run. */
    private static final List<String> ACTIVE_MARKUP = List.of("<script>alert(1)</script>", "<img src=x onerror");

    /** Parameters tried on every route, besides those the route declares. */
    static final List<String> COMMON_PARAMETERS = List.of(
            "period",
            "series",
            "every",
            "by",
            "where",
            "segment",
            "metric",
            "rows",
            "q",
            "lang",
            "from",
            "to",
            "id",
            "customer",
            "survey",
            "page",
            "sort",
            "format",
            "attribute",
            "value");

    private static final Pattern STACK_TRACE =
            Pattern.compile("(?m)^\\s*at [\\w.$]+\\(|\\b[a-z]\\w*(\\.\\w+)+(Exception|Error)\\b|Whitelabel");
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

    private Routes() {}

    /**
     * A mapped route.
     *
     * @param method GET, POST, …
     * @param pattern e.g. {@code /metrics/{id}}
     * @param parameters the request parameters its handler declares
     */
    record Route(String method, String pattern, Set<String> parameters) {

        boolean api() {
            return pattern.startsWith("/api/");
        }

        boolean isPublic() {
            return PUBLIC.stream().anyMatch(p -> p.endsWith("/") ? pattern.startsWith(p) : pattern.equals(p));
        }

        boolean writes() {
            return !method.equals("GET");
        }

        boolean hasVariables() {
            return VARIABLE.matcher(pattern).find();
        }

        /** The route's address with plausible values in its path variables. */
        String plausible() {
            return fill(name -> plausibleValue(name, pattern));
        }

        /** The route's address with every path variable set to the value, encoded as a browser would. */
        String with(String value) {
            return fill(name -> value);
        }

        private String fill(UnaryOperator<String> value) {
            Matcher matcher = VARIABLE.matcher(pattern);
            StringBuilder path = new StringBuilder();
            while (matcher.find()) {
                matcher.appendReplacement(path, Matcher.quoteReplacement(encode(value.apply(matcher.group(1)))));
            }
            matcher.appendTail(path);
            return path.toString();
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    /** The routes of the handler mapping, one per method and pattern, sorted. */
    static List<Route> of(RequestMappingHandlerMapping mapping) {
        List<Route> routes = new ArrayList<>();
        mapping.getHandlerMethods().forEach((info, handler) -> {
            Set<String> methods = methods(info);
            for (String pattern : info.getPatternValues()) {
                if (pattern.equals(ERROR_PAGE)) {
                    continue;
                }
                for (String method : methods) {
                    routes.add(new Route(method, pattern, parameters(handler)));
                }
            }
        });
        routes.sort(Comparator.comparing(Route::pattern).thenComparing(Route::method));
        return routes;
    }

    /** The files under {@code static/} on the class path, as the addresses they are served at. */
    static List<String> staticFiles() {
        try {
            Set<String> paths = new TreeSet<>();
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:static/**")) {
                String url = resource.getURL().toString();
                if (resource.isReadable() && !url.endsWith("/")) {
                    paths.add(url.substring(url.lastIndexOf("/static/") + "/static".length()));
                }
            }
            return List.copyOf(paths);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The scripts and style sheets a page links to, e.g. the WebJars of the sign-in page. */
    static List<String> linkedFiles(String html) {
        Matcher matcher =
                Pattern.compile("(?:src|href)=\"(/(?:webjars|css|js)/[^\"]+)\"").matcher(html);
        List<String> files = new ArrayList<>();
        while (matcher.find()) {
            files.add(matcher.group(1));
        }
        return files;
    }

    /** Percent-encodes a value for a path segment or a query parameter. */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * Checks an answer to hostile input: no server error, no stack trace, nothing that a browser would run. JSON
     * may carry the text back in an error message: a browser never shows {@code application/json} as a page.
     */
    static void assertClean(HttpResponse<String> response, String request) {
        assertThat(response.statusCode())
                .as(request + " answers without a server error")
                .isLessThan(500);
        Matcher trace = STACK_TRACE.matcher(response.body());
        assertThat(trace.find())
                .as(request + " shows no stack trace, but has: " + (trace.find(0) ? trace.group() : ""))
                .isFalse();
        String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        if (!type.startsWith("application/json")) {
            for (String markup : ACTIVE_MARKUP) {
                assertThat(response.body())
                        .as(request + " escapes what it echoes")
                        .doesNotContain(markup);
            }
        }
    }

    private static Set<String> methods(RequestMappingInfo info) {
        Set<RequestMethod> declared = info.getMethodsCondition().getMethods();
        Set<String> methods = new LinkedHashSet<>();
        if (declared.isEmpty()) {
            methods.add("GET");
            methods.add("POST");
        } else {
            declared.stream()
                    .filter(m -> m != RequestMethod.HEAD && m != RequestMethod.OPTIONS && m != RequestMethod.TRACE)
                    .forEach(m -> methods.add(m.name()));
        }
        return methods;
    }

    private static Set<String> parameters(HandlerMethod handler) {
        Set<String> names = new TreeSet<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param != null) {
                String name = param.name().isEmpty() ? param.value() : param.name();
                names.add(name.isEmpty() ? parameter.getParameter().getName() : name);
            }
        }
        return names;
    }

    /**
     * A value that names something of the golden workspace: a metric of the catalogue, customer c01, the survey
     * nps, the viewer's account; otherwise 1.
     */
    private static String plausibleValue(String variable, String pattern) {
        String name = variable.toLowerCase(Locale.ROOT);
        String context = name.equals("id") ? pattern.toLowerCase(Locale.ROOT) : name;
        if (context.contains("customer")) {
            return "c01";
        }
        if (context.contains("survey") || context.contains("metric") || context.contains("explain")) {
            return "nps";
        }
        if (context.contains("user") || context.contains("account")) {
            return GoldenWorkspace.VIEWER;
        }
        if (context.contains("token")) {
            return "not-a-token";
        }
        return "1";
    }
}
