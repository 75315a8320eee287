package io.oneshelf.platform.security;

import io.oneshelf.platform.Message;
import io.oneshelf.platform.web.ProblemType;
import io.oneshelf.platform.web.ProblemWriter;
import jakarta.servlet.MultipartConfigElement;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Stateless API security: staff present a bearer access token, integrations sign each request. Everything
 * under {@code /api/} needs one of the two except signing in; what a caller may do is checked per endpoint
 * against its role, and what it may see is filtered by tenant and scope in every query. The storefront's paths
 * ({@link ShopPaths}) have a chain of their own that accepts customer tokens only (decision 0025).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /**
     * {@code /api/v1/shop/**}: customer tokens of the path's brand only; staff tokens and signed requests do not
     * verify here (another key, another audience), so a staff member is no customer and a customer no staff member.
     */
    @Bean
    @Order(1)
    SecurityFilterChain shop(HttpSecurity http, CustomerTokens tokens, ProblemWriter problems) throws Exception {
        http.securityMatcher(ShopPaths.ALL)
                .csrf(csrf -> csrf.disable())
                .logout(logout -> logout.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(ShopPaths.ANONYMOUS.toArray(String[]::new)).permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(rs -> rs
                        .bearerTokenResolver(shopBearer())
                        .jwt(jwt -> jwt.decoder(tokens.decoder())
                                .jwtAuthenticationConverter(CustomerTokens::authentication))
                        .authenticationEntryPoint((req, res, e) ->
                                problems.write(req, res, ProblemType.UNAUTHORIZED, Message.of("problem.token.invalid"))))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((req, res, e) ->
                                problems.write(req, res, ProblemType.UNAUTHORIZED, Message.of("problem.sign-in-first")))
                        .accessDeniedHandler((req, res, e) ->
                                problems.write(req, res, ProblemType.FORBIDDEN, Message.of("problem.forbidden.role"))))
                .addFilterAfter(new ShopBrandGuard(problems), BearerTokenAuthenticationFilter.class);
        return http.build();
    }

    /** No token is read on the anonymous paths: a stale or foreign one must not stop a customer signing in. */
    private static BearerTokenResolver shopBearer() {
        BearerHeader header = new BearerHeader();
        return request -> ShopPaths.isAnonymous(request.getRequestURI()) ? null : header.resolve(request);
    }

    /**
     * @param devSms whether the development endpoint that shows the SMS codes the log provider "sent" is on
     *               ({@code oneshelf.dev.sms-endpoint}); it needs no sign-in, since its reader is signing in
     */
    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, AccessTokens tokens, ApiCredentials credentials,
                            SecurityProperties properties, ProblemWriter problems, MultipartConfigElement limits,
                            @Value("${oneshelf.dev.sms-endpoint:false}") boolean devSms) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .logout(logout -> logout.disable()) // signing out revokes a refresh token through the API
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(auth -> {
                    auth.requestMatchers("/api/v1/auth/**").permitAll();
                    if (devSms) {
                        auth.requestMatchers(HttpMethod.GET, "/api/v1/dev/sms").permitAll();
                    }
                    // payment gateways' notifications carry the gateway's signature, checked by the handler
                    auth.requestMatchers(HttpMethod.POST, "/api/v1/payments/notify/*").permitAll();
                    auth.requestMatchers("/api/docs/**", "/api/openapi.json", "/api/openapi.json/**").permitAll()
                            .requestMatchers("/api/**").authenticated()
                            .requestMatchers("/actuator/health/**", "/actuator/info").permitAll()
                            .requestMatchers("/actuator/prometheus").access(metricsAccess(properties))
                            .requestMatchers("/actuator/**").denyAll()
                            .anyRequest().permitAll();
                })
                .oauth2ResourceServer(rs -> rs
                        .bearerTokenResolver(new BearerHeader())
                        .jwt(jwt -> jwt.decoder(tokens.decoder())
                                .jwtAuthenticationConverter(j -> new ActorAuthentication(tokens.currentActor(j))))
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
     * Metrics tell a lot about a brand's business: they need the {@code system:metrics} permission, except on the
     * port named by {@code oneshelf.security.open-metrics-port} (a management port only monitoring can reach,
     * since Prometheus cannot present a short-lived token).
     */
    private static AuthorizationManager<RequestAuthorizationContext> metricsAccess(SecurityProperties properties) {
        AuthorizationManager<RequestAuthorizationContext> permitted =
                AuthorityAuthorizationManager.hasAuthority(Permission.SYSTEM_METRICS.code());
        Integer openPort = properties.openMetricsPort();
        if (openPort == null) {
            return permitted;
        }
        return AuthorizationManagers.anyOf(permitted, (auth, context) ->
                new AuthorizationDecision(context.getRequest().getLocalPort() == openPort));
    }

    @Bean
    LiveAccounts liveAccounts(StaffDirectory directory, SecurityProperties properties) {
        // at most one entry per signed-in account: 10,000 of them are about 2 MB
        return new LiveAccounts(directory, properties.accountCacheTtl().toNanos(), System::nanoTime, 10_000);
    }

    /**
     * The firewall's refusals (an encoded slash, {@code ..}, a semicolon in the path …) in the problem+json shape,
     * instead of Spring Boot's error body.
     */
    @Bean
    RequestRejectedHandler requestRejected(ProblemWriter problems) {
        return (request, response, rejected) -> problems.write(request, response,
                ProblemType.MALFORMED_REQUEST, Message.of("problem.request.rejected"));
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
