package cn.cmcc.ah.gca.support.security;

import cn.cmcc.ah.gca.events.Department;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.List;

/**
 * Turns a verified JWT into an authentication whose single role is the caller's department
 * ({@code ROLE_GCD}, {@code ROLE_CALL_CENTER}, …). A token without a known department, or a customer token
 * without its group customer id, is rejected as invalid (401).
 */
public class DepartmentAuthenticationConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Department department = department(jwt);
        if (department == Department.CUSTOMER && isBlank(jwt.getClaimAsString(TokenClaims.CUSTOMER_ID))) {
            throw invalid("a CUSTOMER token must carry customer_id");
        }
        if (isBlank(jwt.getSubject())) {
            throw invalid("the token has no subject");
        }
        return new JwtAuthenticationToken(jwt, List.of(new SimpleGrantedAuthority("ROLE_" + department.name())),
                jwt.getSubject());
    }

    static Department department(Jwt jwt) {
        String claim = jwt.getClaimAsString(TokenClaims.DEPARTMENT);
        if (isBlank(claim)) {
            throw invalid("the token has no department claim");
        }
        try {
            return Department.valueOf(claim);
        } catch (IllegalArgumentException e) {
            throw invalid("unknown department " + claim);
        }
    }

    private static OAuth2AuthenticationException invalid(String description) {
        return new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, description, null));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
