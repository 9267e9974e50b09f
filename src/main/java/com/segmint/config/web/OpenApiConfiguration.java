package com.segmint.config.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at {@code /v3/api-docs}: every endpoint, bearer-authenticated. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

  static final String BEARER = "bearer";

  /** Every operation behind the bearer token can answer 401; say so once for all of them. */
  @Bean
  OpenApiCustomizer unauthenticatedResponses() {
    return openApi ->
        openApi
            .getPaths()
            .forEach(
                (path, item) -> {
                  if (path.startsWith("/api/") && !path.startsWith("/api/v1/auth/")) {
                    item.readOperations()
                        .forEach(
                            operation ->
                                operation
                                    .getResponses()
                                    .computeIfAbsent("401", code -> unauthenticated()));
                  }
                });
  }

  private static ApiResponse unauthenticated() {
    return new ApiResponse()
        .description("No valid bearer access token")
        .content(
            new Content()
                .addMediaType("application/problem+json", new MediaType().schema(problemDetail())));
  }

  /** RFC 9457 problem details, with the fields Segmint adds for invalid input. */
  private static Schema<?> problemDetail() {
    return new ObjectSchema()
        .description("RFC 9457 problem details")
        .addProperty("type", new StringSchema().format("uri-reference"))
        .addProperty("title", new StringSchema())
        .addProperty("status", new IntegerSchema())
        .addProperty("detail", new StringSchema())
        .addProperty("instance", new StringSchema().format("uri-reference"))
        .addProperty("field", new StringSchema().description("the offending field, if one"))
        .addProperty(
            "errors",
            new ArraySchema()
                .items(
                    new ObjectSchema()
                        .addProperty("field", new StringSchema())
                        .addProperty("message", new StringSchema())));
  }

  @Bean
  OpenAPI segmintOpenApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Segmint API")
                .version("v1")
                .description(
                    "Personalized AI content engine: content, ideas, approvals and publishing."
                        + " Errors are RFC 9457 problem details.")
                .license(new License().name("Proprietary").identifier("LicenseRef-Segmint")))
        .servers(List.of(new Server().url("/").description("this server")))
        .components(
            new Components()
                .addSecuritySchemes(
                    BEARER,
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT")))
        .addSecurityItem(new SecurityRequirement().addList(BEARER));
  }
}
