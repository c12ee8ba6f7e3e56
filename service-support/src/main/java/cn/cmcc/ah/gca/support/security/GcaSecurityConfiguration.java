package cn.cmcc.ah.gca.support.security;

import cn.cmcc.ah.gca.support.GcaProperties;
import cn.cmcc.ah.gca.support.web.ProblemWriter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.boot.autoconfigure.security.oauth2.resource.OAuth2ResourceServerProperties;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderInitializationException;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

import java.time.Clock;

/**
 * OAuth2 resource server with JWT bearer tokens; the caller's department is its role. In the local run and the
 * tests tokens are HMAC-signed with {@code gca.security.hmac-secret}; in production the issuer / JWK set of
 * {@code spring.security.oauth2.resourceserver.jwt.*} verifies them and no HMAC key is configured.
 */
@AutoConfiguration(before = {SecurityAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class})
@EnableWebSecurity
@EnableConfigurationProperties(OAuth2ResourceServerProperties.class)
public class GcaSecurityConfiguration {

    private static final String[] PUBLIC = {
            "/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus",
            "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/error"};

    @Bean
    SecurityFilterChain gcaSecurityFilterChain(HttpSecurity http, ProblemWriter problems, Environment environment)
            throws Exception {
        AuthenticationEntryPoint unauthenticated = (request, response, e) -> problems.write(
                e instanceof AuthenticationServiceException
                        ? problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "token-issuer-unavailable", new Object[0],
                        request)
                        : problems.problem(HttpStatus.UNAUTHORIZED, "unauthenticated", new Object[0], request),
                response);
        AccessDeniedHandler denied = (request, response, e) -> problems.write(
                problems.problem(HttpStatus.FORBIDDEN, "access-denied", new Object[0], request), response);
        boolean local = environment.acceptsProfiles(Profiles.of("local"));
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> {
                    auth.requestMatchers(PUBLIC).permitAll();
                    if (local) {
                        auth.requestMatchers("/local/tokens").permitAll();
                    }
                    auth.anyRequest().authenticated();
                })
                .oauth2ResourceServer(oauth -> oauth
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new DepartmentAuthenticationConverter()))
                        // the default failure handler rethrows "service" failures (issuer unreachable) as a 500
                        .withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
                            @Override
                            public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
                                filter.setAuthenticationFailureHandler(unauthenticated::commence);
                                return filter;
                            }
                        })
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(denied))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthenticated).accessDeniedHandler(denied));
        return http.build();
    }

    @Bean
    @ConditionalOnExpression("'${gca.security.hmac-secret:}' != ''")
    JwtDecoder hmacJwtDecoder(GcaProperties properties) {
        return NimbusJwtDecoder.withSecretKey(HmacTokenMinter.secretKey(properties.security().hmacSecret()))
                .macAlgorithm(MacAlgorithm.HS256)
                .build();
    }

    /**
     * Production: the operator's identity provider, by issuer (discovery) or JWK set URI, resolved lazily. While
     * it cannot be reached, requests get 503 rather than a 500 or a misleading 401.
     */
    @Bean
    @ConditionalOnExpression("'${gca.security.hmac-secret:}' == ''")
    JwtDecoder issuerJwtDecoder(OAuth2ResourceServerProperties properties) {
        String issuer = properties.getJwt().getIssuerUri();
        String jwkSetUri = properties.getJwt().getJwkSetUri();
        if ((issuer == null || issuer.isBlank()) && (jwkSetUri == null || jwkSetUri.isBlank())) {
            throw new IllegalStateException("No token verification configured: set GCA_JWT_ISSUER_URI "
                    + "(spring.security.oauth2.resourceserver.jwt.issuer-uri) or ...jwt.jwk-set-uri, "
                    + "or gca.security.hmac-secret for a local run");
        }
        SupplierJwtDecoder lazy = new SupplierJwtDecoder(() -> jwkSetUri != null && !jwkSetUri.isBlank()
                ? NimbusJwtDecoder.withJwkSetUri(jwkSetUri).build()
                : JwtDecoders.fromIssuerLocation(issuer));
        return token -> {
            try {
                return lazy.decode(token);
            } catch (JwtDecoderInitializationException e) {
                throw new JwtException("The token issuer cannot be reached", e);
            }
        };
    }

    @Bean
    @ConditionalOnExpression("'${gca.security.hmac-secret:}' != ''")
    HmacTokenMinter hmacTokenMinter(GcaProperties properties, Clock clock) {
        return new HmacTokenMinter(properties.security().hmacSecret(), properties.security().tokenTtl(), clock);
    }

    @Bean
    @Profile("local")
    LocalTokenController localTokenController(HmacTokenMinter minter) {
        return new LocalTokenController(minter);
    }
}
