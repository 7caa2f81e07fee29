package org.learningsociety.workflow.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.workflow.LearningSocietyProperties;
import org.learningsociety.workflow.officer.OfficerRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Turns a bearer token's claims into the authorities the rest of the library reads, the same as an
 * officer of Camunda's identity service has: the group of each role held in a unit (built by
 * {@link OfficerRole#groupId}), the administrators' group, the service account's authority. The
 * caller's name, which the API records as the actor of a change, is the first of the configured user
 * claims the token carries.
 *
 * <p>The roles come from one claim listing {@code "<role>@<unit code>"} entries (or objects with
 * {@code role} and {@code unit}) and from a pair of claims, one role and its units. An entry naming no
 * role of the library, a malformed unit code, or a claim of an unexpected shape grants nothing and is
 * logged; the token itself stays valid, so such a caller is refused the units (403), never an error.
 */
public class OfficerClaims implements Converter<Jwt, AbstractAuthenticationToken> {

    private static final Logger LOG = LoggerFactory.getLogger(OfficerClaims.class);

    /** A unit code as the library's group ids may hold it. */
    private static final Pattern UNIT_CODE = Pattern.compile("[A-Za-z0-9]{1,32}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,]+");

    private final LearningSocietyProperties.Security.Jwt settings;
    private final String administratorsGroup;
    private final String serviceAccount;

    /**
     * Claims read as {@code learning-society.security.jwt.*} says; an administrator's word becomes the
     * authority {@code learning-society.security.administrators-group}, a service account's
     * {@code learning-society.security.service-account}, as the permission matrix reads them.
     */
    public OfficerClaims(LearningSocietyProperties.Security security) {
        this.settings = Objects.requireNonNull(security.getJwt());
        this.administratorsGroup = Objects.requireNonNull(security.getAdministratorsGroup());
        this.serviceAccount = Objects.requireNonNull(security.getServiceAccount());
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String user = user(jwt);
        Set<String> authorities = new LinkedHashSet<>();
        for (Object entry : values(jwt, settings.getRolesClaim())) {
            grantEntry(entry, user, authorities);
        }
        List<Object> roles = values(jwt, settings.getRoleClaim());
        List<Object> units = values(jwt, settings.getUnitsClaim());
        for (Object role : roles) {
            if (!(role instanceof String word)) {
                ignore(user, settings.getRoleClaim(), role, "not a string");
                continue;
            }
            if (units.isEmpty()) {
                grant(word, null, user, settings.getRoleClaim(), authorities);
            }
            for (Object unit : units) {
                if (unit instanceof String code) {
                    grant(word, code, user, settings.getUnitsClaim(), authorities);
                } else {
                    ignore(user, settings.getUnitsClaim(), unit, "not a string");
                }
            }
        }
        List<GrantedAuthority> granted = authorities.stream().<GrantedAuthority>map(SimpleGrantedAuthority::new).toList();
        return new JwtAuthenticationToken(jwt, granted, user);
    }

    /** The first user claim the token carries; none is no caller the API could name in its records. */
    private String user(Jwt jwt) {
        for (String claim : settings.getUserClaims()) {
            Object value = jwt.getClaims().get(claim);
            if (value instanceof String name && !name.isBlank()) {
                return name;
            }
        }
        throw new InvalidBearerTokenException("The token names no user in any of " + settings.getUserClaims());
    }

    private void grantEntry(Object entry, String user, Set<String> authorities) {
        String claim = settings.getRolesClaim();
        if (entry instanceof String text) {
            int at = text.indexOf('@');
            if (at < 0) {
                grant(text, null, user, claim, authorities);
            } else if (text.indexOf('@', at + 1) >= 0) {
                ignore(user, claim, entry, "more than one @");
            } else {
                grant(text.substring(0, at), text.substring(at + 1), user, claim, authorities);
            }
        } else if (entry instanceof Map<?, ?> object && object.get("role") instanceof String role
                && (object.get("unit") == null || object.get("unit") instanceof String)) {
            grant(role, (String) object.get("unit"), user, claim, authorities);
        } else {
            ignore(user, claim, entry, "neither \"role@unit\" nor {role, unit}");
        }
    }

    private void grant(String word, String unit, String user, String claim, Set<String> authorities) {
        String role = settings.getRoleAliases().getOrDefault(word.trim(), word.trim());
        if (unit == null) {
            if (settings.getAdministratorRoles().contains(role)) {
                authorities.add(administratorsGroup);
            } else if (settings.getServiceAccountRoles().contains(role)) {
                authorities.add(serviceAccount);
            } else {
                ignore(user, claim, word, "no unit, and neither an administrator nor a service account role");
            }
            return;
        }
        if (!UNIT_CODE.matcher(unit).matches()) {
            ignore(user, claim, word + "@" + unit, "malformed unit code");
            return;
        }
        OfficerRole officerRole;
        try {
            officerRole = OfficerRole.ofSlug(role);
        } catch (InvalidInputException unknown) {
            ignore(user, claim, word + "@" + unit, "no role of the library");
            return;
        }
        authorities.add(officerRole.groupId(unit));
    }

    /** The claim's values: a list as it is, a string split at spaces and commas, nothing if absent. */
    private static List<Object> values(Jwt jwt, String claim) {
        if (claim == null || claim.isBlank()) {
            return List.of();
        }
        Object value = jwt.getClaims().get(claim);
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> many) {
            return new ArrayList<>(many);
        }
        if (value instanceof String text) {
            return SEPARATORS.splitAsStream(text.trim()).filter(word -> !word.isEmpty()).<Object>map(word -> word)
                    .toList();
        }
        return List.of(value);
    }

    private static void ignore(String user, String claim, Object entry, String why) {
        LOG.warn("Bearer token of {}: {} in claim {} grants nothing ({})", user, entry,
                claim, why);
    }
}
