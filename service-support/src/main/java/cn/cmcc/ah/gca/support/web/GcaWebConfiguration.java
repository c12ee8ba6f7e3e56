package cn.cmcc.ah.gca.support.web;

import cn.cmcc.ah.gca.support.GcaProperties;
import cn.cmcc.ah.gca.support.idempotency.IdempotencyFilter;
import cn.cmcc.ah.gca.support.idempotency.IdempotencyStore;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

/** Problem+json errors, Chinese/English text, the acting caller, request tracing, idempotency and OpenAPI. */
@AutoConfiguration(after = cn.cmcc.ah.gca.support.axon.GcaAxonConfiguration.class)
public class GcaWebConfiguration implements WebMvcConfigurer {

    @Bean
    Messages gcaMessages(MessageSource messageSource) {
        return new Messages(messageSource);
    }

    @Bean
    ProblemWriter problemWriter(Messages gcaMessages, ObjectMapper objectMapper) {
        return new ProblemWriter(gcaMessages, objectMapper);
    }

    @Bean
    ProblemAdvice problemAdvice(ProblemWriter problemWriter) {
        return new ProblemAdvice(problemWriter);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ActorArgumentResolver());
    }

    @Bean
    FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
        FilterRegistrationBean<CorrelationIdFilter> registration = new FilterRegistrationBean<>(new CorrelationIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    IdempotencyStore idempotencyStore(MongoDatabase gcaMongoDatabase, Clock clock) {
        return new IdempotencyStore(gcaMongoDatabase, clock);
    }

    /** Runs inside the security chain's scope, after the caller is authenticated. */
    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotencyStore store, ProblemWriter problemWriter) {
        FilterRegistrationBean<IdempotencyFilter> registration =
                new FilterRegistrationBean<>(new IdempotencyFilter(store, problemWriter));
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 10);
        return registration;
    }

    @Bean
    OpenAPI gcaOpenApi(GcaProperties properties) {
        return new OpenAPI()
                .info(new Info().title(properties.serviceName())
                        .description("集团客户接入类业务服务保障 — " + properties.serviceName()
                                + ". Errors are RFC 9457 problem+json; detail in Chinese, English with Accept-Language: en.")
                        .version("0.1.0"))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    @Bean
    OpenApiCustomizer idempotencyKeyHeader() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().values().forEach(path -> Stream.of(path.getPost(), path.getPut(), path.getPatch(),
                            path.getDelete())
                    .filter(java.util.Objects::nonNull)
                    .forEach(GcaWebConfiguration::addIdempotencyKey));
        };
    }

    private static void addIdempotencyKey(Operation operation) {
        operation.addParametersItem(new HeaderParameter().name(IdempotencyFilter.HEADER).required(false)
                .description("Retries with the same key return the first result and change nothing")
                .schema(new StringSchema().maxLength(100)));
    }
}
