package org.kizuna.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/**
 * The OpenAPI document of the REST API, served at {@code /api/v1/openapi.json} (and read by the Swagger UI at
 * {@code /api/v1/docs}) behind sign-in like the rest of the API. Its settings are in {@code openapi.properties}.
 */
@Configuration
@PropertySource("classpath:openapi.properties")
public class ApiDocs {

    /** The API's error body. */
    @Schema(name = "Error")
    public record Error(
            @Schema(description = "what is wrong, in words to act on")
            String error,

            @Schema(description = "the request parameter at fault, when one is", nullable = true)
            String parameter) {}

    /**
     * Every route of the API needs a session or a token, so every operation may answer 401 with the error
     * body; added here once rather than on each route.
     */
    @Bean
    org.springdoc.core.customizers.OpenApiCustomizer signInAnswers() {
        return openApi -> openApi.getPaths()
                .values()
                .forEach(path -> path.readOperations().forEach(operation -> {
                    if (operation.getResponses() != null
                            && !operation.getResponses().containsKey("401")) {
                        operation
                                .getResponses()
                                .addApiResponse(
                                        "401",
                                        new io.swagger.v3.oas.models.responses.ApiResponse()
                                                .description("no session and no or an unknown token")
                                                .content(
                                                        new io.swagger.v3.oas.models.media.Content()
                                                                .addMediaType(
                                                                        "application/json",
                                                                        new io.swagger.v3.oas.models.media.MediaType()
                                                                                .schema(
                                                                                        new io.swagger.v3.oas.models
                                                                                                        .media
                                                                                                        .Schema<>()
                                                                                                .$ref(
                                                                                                        "#/components/schemas/Error")))));
                    }
                }));
    }

    @Bean
    OpenAPI kizunaOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Kizuna REST API")
                        .version("v1")
                        .description("Customer-success metrics of a Kizuna workspace, as `kizuna metrics`, `kizuna"
                                + " catalogue` and `kizuna explain` print them with `--format json`, and ways to"
                                + " write data into it. Send an API token (`kizuna account token`) as a Bearer"
                                + " token, or as the username of HTTP Basic with an empty password; a signed-in"
                                + " browser's session works too.")
                        .license(new License()
                                .name("Apache License 2.0")
                                .url("https://www.apache.org/licenses/LICENSE-2.0")))
                .components(new Components()
                        .addSecuritySchemes(
                                "token",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("an API token"))
                        .addSecuritySchemes(
                                "tokenAsBasicUsername",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")
                                        .description("an API token as the username, the password empty (Segment's"
                                                + " libraries send their write key this way)")))
                .addSecurityItem(new SecurityRequirement().addList("token"))
                .addSecurityItem(new SecurityRequirement().addList("tokenAsBasicUsername"));
    }
}
