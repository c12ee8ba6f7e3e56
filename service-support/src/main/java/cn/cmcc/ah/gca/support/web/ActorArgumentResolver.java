package cn.cmcc.ah.gca.support.web;

import cn.cmcc.ah.gca.events.Department;
import cn.cmcc.ah.gca.support.security.TokenClaims;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import java.util.Optional;

/** Resolves the {@link Actor} handler argument from the verified bearer token. */
public class ActorArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Actor.class.equals(parameter.getParameterType());
    }

    @Override
    public Actor resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                 NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        return current();
    }

    public static Actor current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof JwtAuthenticationToken jwt)) {
            throw new AuthenticationCredentialsNotFoundException("no bearer token");
        }
        Department department = Department.valueOf(jwt.getToken().getClaimAsString(TokenClaims.DEPARTMENT));
        return new Actor(jwt.getToken().getSubject(), department,
                Optional.ofNullable(jwt.getToken().getClaimAsString(TokenClaims.CUSTOMER_ID)),
                Optional.ofNullable(jwt.getToken().getClaimAsString(TokenClaims.UNIT)));
    }
}
