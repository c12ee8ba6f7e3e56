package cn.cmcc.ah.gca.support.security;

import cn.cmcc.ah.gca.events.Department;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Signs tokens with the shared HMAC key of the local run and the tests. Production tokens come from the
 * operator's identity provider instead; this class is never wired there.
 */
public class HmacTokenMinter {

    public static final String ISSUER = "urn:gca:local";

    private final NimbusJwtEncoder encoder;
    private final Duration ttl;
    private final Clock clock;

    public HmacTokenMinter(String secret, Duration ttl, Clock clock) {
        this.encoder = new NimbusJwtEncoder(new ImmutableSecret<>(secretKey(secret)));
        this.ttl = ttl;
        this.clock = clock;
    }

    public static SecretKey secretKey(String secret) {
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < 32) {
            throw new IllegalArgumentException("gca.security.hmac-secret must be at least 32 bytes for HS256");
        }
        return new SecretKeySpec(bytes, "HmacSHA256");
    }

    public MintedToken mint(Department department, String user, String customerId) {
        return mint(department, user, customerId, null);
    }

    /**
     * {@code unit}: for an RMU token, the resource management unit it acts for ({@link TokenClaims#UNIT}); else null.
     */
    public MintedToken mint(Department department, String user, String customerId, String unit) {
        Instant now = clock.instant();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(ISSUER)
                .subject(user)
                .issuedAt(now)
                .expiresAt(now.plus(ttl))
                .claim(TokenClaims.DEPARTMENT, department.name());
        if (customerId != null && !customerId.isBlank()) {
            claims.claim(TokenClaims.CUSTOMER_ID, customerId);
        }
        if (unit != null && !unit.isBlank()) {
            claims.claim(TokenClaims.UNIT, unit);
        }
        String token = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(),
                claims.build())).getTokenValue();
        return new MintedToken(token, department.name(), user, customerId, unit, now.plus(ttl));
    }

    /** What the local token endpoint returns. */
    public record MintedToken(String token, String department, String user, String customerId, String unit,
                              Instant expiresAt) {
    }
}
