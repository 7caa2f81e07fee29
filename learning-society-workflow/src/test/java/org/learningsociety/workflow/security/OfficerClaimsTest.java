package org.learningsociety.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.learningsociety.workflow.LearningSocietyProperties;
import org.learningsociety.workflow.officer.OfficerRole;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/** A token's claims as the caller's authorities and name, claim by claim, with the defaults and with settings. */
class OfficerClaimsTest {

    private static final String UBND = OfficerRole.PEOPLES_COMMITTEE.slug();

    private final LearningSocietyProperties.Security security = new LearningSocietyProperties.Security();
    private final LearningSocietyProperties.Security.Jwt settings = security.getJwt();

    @Test
    void roleAtUnitEntriesAndObjectsBecomeTheLibrarysGroups() {
        Authentication caller = convert(claims -> claims.put("learning_society_roles",
                List.of(UBND + "@10507", Map.of("role", OfficerRole.ASSOCIATION.slug(), "unit", "10525"))));

        assertThat(authorities(caller)).containsExactlyInAnyOrder(OfficerRole.PEOPLES_COMMITTEE.groupId("10507"),
                OfficerRole.ASSOCIATION.groupId("10525"));
    }

    @Test
    void aRoleClaimGrantsItsRoleInEveryUnitOfTheUnitsClaim() {
        Authentication caller = convert(claims -> {
            claims.put("learning_society_role", OfficerRole.EMULATION_BOARD.slug());
            claims.put("learning_society_units", "31 01");
        });

        assertThat(authorities(caller)).containsExactlyInAnyOrder(OfficerRole.EMULATION_BOARD.groupId("31"),
                OfficerRole.EMULATION_BOARD.groupId("01"));
    }

    @Test
    void administratorAndServiceAccountWordsGrantTheirAuthorities() {
        assertThat(authorities(convert(claims -> claims.put("learning_society_roles", List.of("administrator")))))
                .containsExactly("camunda-admin");
        assertThat(authorities(convert(claims -> claims.put("learning_society_roles", "service-account"))))
                .containsExactly("portalservice");
    }

    @Test
    void theProvidersOwnWordsAndClaimsAreConfigured() {
        settings.setRolesClaim("scope");
        settings.setRoleAliases(Map.of("UBND", UBND, "quan-tri", "administrator"));
        settings.setServiceAccountRoles(List.of("learning-society.sync"));

        assertThat(authorities(convert(claims -> claims.put("scope", "openid UBND@10507 learning-society.sync"))))
                .containsExactlyInAnyOrder(OfficerRole.PEOPLES_COMMITTEE.groupId("10507"),
                        "portalservice");
        assertThat(authorities(convert(claims -> claims.put("scope", "quan-tri"))))
                .containsExactly("camunda-admin");
    }

    @Test
    void unknownRolesMalformedEntriesAndTheEnginesGroupNamesGrantNothing() {
        Authentication caller = convert(claims -> {
            claims.put("learning_society_roles", List.of("tiep-dan@10507", UBND + "@", "@10507", UBND + "@10507@31",
                    UBND + "@10507 OR 1=1", 42, Map.of("unit", "10507"), "camunda-admin",
                    OfficerRole.PEOPLES_COMMITTEE.groupId("10507"), "administrator@10507"));
            claims.put("learning_society_role", List.of(Map.of("role", UBND)));
            claims.put("learning_society_units", List.of(10507));
        });

        assertThat(authorities(caller)).isEmpty();
        assertThat(caller.isAuthenticated()).isTrue();
    }

    @Test
    void theCallerIsTheFirstUserClaimTheTokenCarries() {
        assertThat(convert(claims -> claims.put("preferred_username", "ubnd.thanhdong")).getName())
                .isEqualTo("ubnd.thanhdong");
        assertThat(convert(claims -> { }).getName()).isEqualTo("3f0c2a");

        settings.setUserClaims(List.of("email"));
        assertThatThrownBy(() -> convert(claims -> claims.put("preferred_username", "ubnd.thanhdong")))
                .isInstanceOf(InvalidBearerTokenException.class).hasMessageContaining("email");
    }

    private Authentication convert(Consumer<Map<String, Object>> claims) {
        Jwt jwt = Jwt.withTokenValue("token").header("alg", "RS256").subject("3f0c2a")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).claims(claims).build();
        return new OfficerClaims(security).convert(jwt);
    }

    private static List<String> authorities(Authentication caller) {
        return caller.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    }
}
