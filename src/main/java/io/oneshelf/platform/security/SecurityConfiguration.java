package io.oneshelf.platform.security;

import io.oneshelf.platform.web.Message;
import io.oneshelf.platform.web.ProblemType;
import io.oneshelf.platform.web.ProblemWriter;
import jakarta.servlet.MultipartConfigElement;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Stateless API security: staff present a bearer access token, integrations sign each request. Everything
 * under {@code /api/} needs one of the two except signing in; what a caller may do is checked per endpoint
 * against its role, and what it may see is filtered by tenant and scope in every query.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http, AccessTokens tokens, ApiCredentials credentials,
                            SecurityProperties properties, ProblemWriter problems,
                            MultipartConfigElement limits) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .logout(logout -> logout.disable()) // signing out revokes a refresh token through the API
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/v1/auth/**").permitAll()
                        .requestMatchers("/api/docs/**", "/api/openapi.json", "/api/openapi.json/**").permitAll()
                        .requestMatchers("/api/**").authenticated()
                        .requestMatchers("/actuator/health/**", "/actuator/prometheus", "/actuator/info").permitAll()
                        .requestMatchers("/actuator/**").denyAll()
                        .anyRequest().permitAll())
                .oauth2ResourceServer(rs -> rs
                        .bearerTokenResolver(new BearerHeader())
                        .jwt(jwt -> jwt.decoder(tokens.decoder())
                                .jwtAuthenticationConverter(j -> new ActorAuthentication(AccessTokens.actorOf(j))))
                        .authenticationEntryPoint((req, res, e) ->
                                problems.write(req, res, ProblemType.UNAUTHORIZED, Message.of("problem.token.invalid"))))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((req, res, e) ->
                                problems.write(req, res, ProblemType.UNAUTHORIZED, Message.of("problem.sign-in-first")))
                        .accessDeniedHandler((req, res, e) ->
                                problems.write(req, res, ProblemType.FORBIDDEN, Message.of("problem.forbidden.role"))))
                .addFilterBefore(new SignedRequestFilter(credentials, properties, problems, limits),
                        BearerTokenAuthenticationFilter.class);
        return http.build();
    }

    /**
     * Spring Security would otherwise wrap every filter of its chain, every authentication and every method
     * authorization in an observation, even with those observations switched off in the properties: 8 % of the
     * server's CPU per request under load. {@code http.server.requests} already times every request.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
