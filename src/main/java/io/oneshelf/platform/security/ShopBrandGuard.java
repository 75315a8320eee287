package io.oneshelf.platform.security;

import io.oneshelf.platform.Message;
import io.oneshelf.platform.web.ProblemType;
import io.oneshelf.platform.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A customer token works only in the shop of its own brand: on another brand's shop paths it is refused (401), so
 * no shop endpoint has to remember to compare the path's brand with the token's.
 */
final class ShopBrandGuard extends OncePerRequestFilter {

    private final ProblemWriter problems;

    ShopBrandGuard(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth instanceof ShopperAuthentication shopper) {
            Optional<String> pathBrand = ShopPaths.brandCode(request.getRequestURI());
            if (pathBrand.isEmpty() || !pathBrand.get().equals(shopper.brandCode())) {
                SecurityContextHolder.clearContext();
                problems.write(request, response, ProblemType.UNAUTHORIZED, Message.of("problem.token.other-shop"));
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
