package com.segmint.config.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at {@code /v3/api-docs}: every endpoint, bearer-authenticated. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

  static final String BEARER = "bearer";

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
        .servers(List.of(new Server().url("http://localhost:8080").description("local")))
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
