package io.oneshelf.platform.security;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts {@link RoleBeforeBody} in front of every controller. */
@Configuration(proxyBeanMethods = false)
class RoleCheckRegistration implements WebMvcConfigurer {

    private final RoleBeforeBody roles;

    RoleCheckRegistration(RoleBeforeBody roles) {
        this.roles = roles;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(roles);
    }
}
