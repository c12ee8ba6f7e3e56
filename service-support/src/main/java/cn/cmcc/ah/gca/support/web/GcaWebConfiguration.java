package cn.cmcc.ah.gca.support.web;

import cn.cmcc.ah.gca.support.GcaProperties;
import cn.cmcc.ah.gca.support.axon.ReadConsistency;
import cn.cmcc.ah.gca.support.idempotency.IdempotencyFilter;
import cn.cmcc.ah.gca.support.idempotency.IdempotencyStore;
import cn.cmcc.ah.gca.support.query.PageRequest;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.apache.catalina.core.StandardHost;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.core.Ordered;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The edge every service shares: strict JSON input, problem+json for every error (the servlet container's included),
 * Chinese/English text by {@code Accept-Language}, the acting caller, the step guard, paging parameters, read-your-writes,
 * request tracing, idempotency and the OpenAPI description.
 */
@AutoConfiguration(after = cn.cmcc.ah.gca.support.axon.GcaAxonConfiguration.class,
        before = ErrorMvcAutoConfiguration.class)
public class GcaWebConfiguration implements WebMvcConfigurer {

    static {
        // the caller and the page are resolved by the service, not query objects a client sends
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(PageRequest.class);
    }

    @Bean
    Messages gcaMessages(MessageSource messageSource) {
        return new Messages(messageSource);
    }

    /** The name Spring's dispatcher looks up; bound to the q-value aware resolution of {@link Messages}. */
    @Bean
    LocaleResolver localeResolver(Messages gcaMessages) {
        return gcaMessages;
    }

    @Bean
    ProblemWriter problemWriter(Messages gcaMessages, ObjectMapper objectMapper) {
        return new ProblemWriter(gcaMessages, objectMapper);
    }

    @Bean
    ProblemAdvice problemAdvice(ProblemWriter problemWriter) {
        return new ProblemAdvice(problemWriter);
    }

    @Bean
    ProblemErrorController problemErrorController(ProblemWriter problemWriter) {
        return new ProblemErrorController(problemWriter);
    }

    @Bean
    ConsistencyFilter.PositionHeader positionHeaderAdvice() {
        return new ConsistencyFilter.PositionHeader();
    }

    /** HTTP input is read strictly ({@link StrictJson}); output uses the application's mapper unchanged. */
    @Bean
    MappingJackson2HttpMessageConverter mappingJackson2HttpMessageConverter(ObjectMapper objectMapper) {
        return new StrictInputJsonConverter(objectMapper, StrictJson.of(objectMapper));
    }

    /**
     * Errors Tomcat answers itself, before any filter, in problem+json rather than HTML. {@code TRACE} is let through
     * to the security filters (which refuse it, see {@link #rejectedRequests}) rather than answered by Tomcat with an
     * empty body; it is never echoed.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemJsonContainerErrors() {
        return factory -> {
            factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    host.setErrorReportValveClass(ProblemJsonErrorReportValve.class.getName());
                }
            });
            factory.addConnectorCustomizers(connector -> connector.setAllowTrace(true));
        };
    }

    /**
     * Requests Spring Security's firewall refuses (odd methods such as {@code TRACE}, encoded slashes, {@code ;} in
     * paths): 405 or 400 problem+json, written at once, since the refused request would be refused again on its way
     * to the error page.
     */
    @Bean
    RequestRejectedHandler rejectedRequests(ProblemWriter problemWriter) {
        return (request, response, rejected) -> {
            boolean knownMethod = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")
                    .contains(request.getMethod());
            problemWriter.write(knownMethod
                    ? problemWriter.problem(HttpStatus.BAD_REQUEST, "malformed-request", new Object[0], request)
                    : problemWriter.problem(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed",
                    new Object[]{request.getMethod()}, request), response);
        };
    }

    @Bean
    StepGuard stepGuard() {
        return new StepGuard();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new QueryParameters());
        registry.addInterceptor(stepGuard());
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ActorArgumentResolver());
        resolvers.add(new PageRequestArgumentResolver());
    }

    @Bean
    FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
        FilterRegistrationBean<CorrelationIdFilter> registration = new FilterRegistrationBean<>(new CorrelationIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestLimitsFilter> requestLimitsFilter(ProblemWriter problemWriter) {
        FilterRegistrationBean<RequestLimitsFilter> registration =
                new FilterRegistrationBean<>(new RequestLimitsFilter(problemWriter));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ConsistencyFilter> consistencyFilter(ReadConsistency readConsistency,
                                                                ProblemWriter problemWriter) {
        FilterRegistrationBean<ConsistencyFilter> registration =
                new FilterRegistrationBean<>(new ConsistencyFilter(readConsistency, problemWriter));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    @Bean
    IdempotencyStore idempotencyStore(com.mongodb.client.MongoDatabase gcaMongoDatabase, Clock clock,
                                      GcaProperties properties) {
        return new IdempotencyStore(gcaMongoDatabase, clock, properties.idempotency());
    }

    /** Runs inside the security chain's scope, after the caller is authenticated. */
    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotencyStore store, ProblemWriter problemWriter,
                                                                ObjectMapper objectMapper) {
        FilterRegistrationBean<IdempotencyFilter> registration =
                new FilterRegistrationBean<>(new IdempotencyFilter(store, problemWriter, objectMapper));
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 10);
        return registration;
    }

    @Bean
    OpenAPI gcaOpenApi(GcaProperties properties) {
        return new OpenAPI()
                .info(new Info().title(properties.serviceName())
                        .description("集团客户接入类业务服务保障 — " + properties.serviceName()
                                + ". Errors are RFC 9457 problem+json; detail in Chinese, English with "
                                + "Accept-Language: en. A command's response carries " + ConsistencyFilter.POSITION_HEADER
                                + "; every read includes every command answered before it.")
                        .version("0.1.0"))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    /** Who may call each endpoint and where the source says so, from the step table. */
    @Bean
    OperationCustomizer stepDescription() {
        return (operation, handler) -> {
            Steps.of(handler.getMethod()).ifPresent(step -> {
                String departments = step.allowed().stream().sorted().map(Enum::name)
                        .collect(Collectors.joining(", "));
                String line = "Departments: " + departments + " (" + step.article() + ").";
                operation.setDescription(operation.getDescription() == null ? line
                        : line + " " + operation.getDescription());
                operation.addExtension("x-gca-step", step.name());
                operation.addExtension("x-gca-departments", step.allowed().stream().sorted().map(Enum::name).toList());
            });
            if (Stream.of(handler.getMethodParameters()).anyMatch(p -> p.getParameterType() == PageRequest.class)) {
                operation.addParametersItem(new QueryParameter().name(PageRequestArgumentResolver.LIMIT)
                        .description("Items per page, 1.." + PageRequest.MAX_LIMIT)
                        .schema(new IntegerSchema()._default(PageRequest.DEFAULT_LIMIT).minimum(
                                java.math.BigDecimal.ONE).maximum(java.math.BigDecimal.valueOf(PageRequest.MAX_LIMIT))));
                operation.addParametersItem(new QueryParameter().name(PageRequestArgumentResolver.CURSOR)
                        .description("The next value of the previous page").schema(new StringSchema()));
            }
            return operation;
        };
    }

    @Bean
    OpenApiCustomizer commandHeaders() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().values().forEach(path -> Stream.of(path.getPost(), path.getPut(), path.getPatch(),
                            path.getDelete())
                    .filter(Objects::nonNull)
                    .forEach(GcaWebConfiguration::addIdempotencyKey));
        };
    }

    private static void addIdempotencyKey(Operation operation) {
        operation.addParametersItem(new HeaderParameter().name(IdempotencyFilter.HEADER).required(false)
                .description("Retries with the same key within " + "24 h return the first result and change nothing")
                .schema(new StringSchema().maxLength(100)));
    }
}
