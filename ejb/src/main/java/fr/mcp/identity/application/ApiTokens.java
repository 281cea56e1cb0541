package fr.mcp.identity.application;

import fr.mcp.identity.application.internal.RoleResolver;
import fr.mcp.identity.domain.ApiToken;
import fr.mcp.identity.domain.ClientInfo;
import fr.mcp.identity.domain.SecurityEventType;
import fr.mcp.identity.domain.TokenScope;
import fr.mcp.identity.domain.UserAccount;
import fr.mcp.shared.domain.OutOfScope;
import fr.mcp.shared.domain.RuleViolation;
import fr.mcp.shared.domain.Sha256;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * API tokens for partners' software: a signed-in user creates one (the secret is shown once, only its SHA-256 is
 * kept), lists and revokes their own. A call with a token acts as its holder with the roles the holder has at that
 * moment, cut down to the token's scope; a closed or suspended account, a suspended partner, a revoked or expired
 * token is refused.
 */
@Stateless
@PermitAll
public class ApiTokens {

    public static final String PREFIX = "mcp_";
    static final int MAX_ACTIVE = 10;
    static final int MAX_DAYS = 366;
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "mcp")
    private EntityManager em;

    @Inject
    private RoleResolver roleResolver;

    @Inject
    private SecurityEvents events;

    @Inject
    private Clock clock;

    @Inject
    private Accounts accounts;

    /** A token just created: its secret, to show once. */
    public record NewToken(long id, String secret, String name, TokenScope scope, LocalDate expiresOn) {}

    /** A token as its holder sees it (never the secret). */
    public record TokenRow(
            long id,
            String name,
            String shownPrefix,
            TokenScope scope,
            String scopeLabel,
            Instant createdAt,
            LocalDate expiresOn,
            Instant lastUsedAt,
            Instant revokedAt,
            String status) {}

    /** Who a token call acts as, and with which roles. */
    public record TokenIdentity(String login, Set<String> roles, TokenScope scope, long tokenId) {}

    public NewToken create(String name, String scope, String expiresOn, ClientInfo client) {
        UserAccount account = accounts.caller();
        LocalDate today = LocalDate.now(clock);
        List<String> problems = new ArrayList<>();
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > 80) {
            problems.add(RuleViolation.message("token.name"));
        }
        TokenScope tokenScope = Arrays.stream(TokenScope.values())
                .filter(s -> s.name().equals(scope))
                .findFirst()
                .orElse(null);
        if (tokenScope == null) {
            problems.add(RuleViolation.message("token.scope"));
        }
        LocalDate expiry = date(expiresOn);
        if (expiry == null || !expiry.isAfter(today) || expiry.isAfter(today.plusDays(MAX_DAYS))) {
            problems.add(RuleViolation.message("token.expiry", MAX_DAYS));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        if (tokenScope.keep(roleResolver.rolesOf(account)).isEmpty()) {
            throw RuleViolation.of("token.noRights");
        }
        long active = em.createQuery(
                        "SELECT COUNT(t) FROM ApiToken t WHERE t.accountId = :account AND t.revokedAt IS NULL"
                                + " AND t.expiresOn >= :today",
                        Long.class)
                .setParameter("account", account.getId())
                .setParameter("today", today)
                .getSingleResult();
        if (active >= MAX_ACTIVE) {
            throw RuleViolation.of("token.tooMany", MAX_ACTIVE);
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        ApiToken token = new ApiToken(
                account.getId(),
                cleanName,
                Sha256.hex(secret),
                secret.substring(0, PREFIX.length() + 6),
                tokenScope,
                clock.instant(),
                expiry);
        em.persist(token);
        em.flush();
        events.record(
                SecurityEventType.API_TOKEN_CREATED,
                account,
                client,
                "token " + token.getId() + " " + tokenScope + " until " + expiry);
        return new NewToken(token.getId(), secret, cleanName, tokenScope, expiry);
    }

    public List<TokenRow> mine() {
        UserAccount account = accounts.caller();
        LocalDate today = LocalDate.now(clock);
        return em
                .createQuery(
                        "SELECT t FROM ApiToken t WHERE t.accountId = :account ORDER BY t.createdAt DESC",
                        ApiToken.class)
                .setParameter("account", account.getId())
                .setMaxResults(100)
                .getResultList()
                .stream()
                .map(t -> new TokenRow(
                        t.getId(),
                        t.getName(),
                        t.getShownPrefix(),
                        t.getScope(),
                        t.getScope().label(),
                        t.getCreatedAt(),
                        t.getExpiresOn(),
                        t.getLastUsedAt(),
                        t.getRevokedAt(),
                        t.status(today)))
                .toList();
    }

    /** Revokes one of the caller's tokens (another's answers "not found"); revoking twice changes nothing. */
    public void revoke(long tokenId, ClientInfo client) {
        UserAccount account = accounts.caller();
        ApiToken token = em.find(ApiToken.class, tokenId);
        if (token == null || !token.getAccountId().equals(account.getId())) {
            throw OutOfScope.of("token.notFound");
        }
        if (token.getRevokedAt() == null) {
            token.revoke(account.getLogin(), clock.instant());
            events.record(SecurityEventType.API_TOKEN_REVOKED, account, client, "token " + tokenId);
        }
    }

    /** The identity behind a secret, checked now; empty when the token or its holder may not call. */
    public Optional<TokenIdentity> authenticate(String secret, ClientInfo client) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        List<ApiToken> found = em.createQuery("SELECT t FROM ApiToken t WHERE t.tokenHash = :hash", ApiToken.class)
                .setParameter("hash", Sha256.hex(secret))
                .getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ApiToken token = found.get(0);
        LocalDate today = LocalDate.now(clock);
        UserAccount account = em.find(UserAccount.class, token.getAccountId());
        String refusal = refusal(token, account, today);
        if (refusal != null) {
            events.record(
                    SecurityEventType.API_TOKEN_REFUSED, account, client, "token " + token.getId() + ": " + refusal);
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (token.isUseToNote(now)) {
            // Bookkeeping, one SQL UPDATE that neither checks nor changes the row's version: calls in parallel with one
            // token
            // take their turn on the row's lock instead of all but one failing on the version they had read, and the
            // holder
            // revoking the token meanwhile is not told that someone else changed it.
            em.createNativeQuery("UPDATE api_token SET last_used_at = ?1 WHERE id = ?2")
                    .setParameter(1, Timestamp.from(now))
                    .setParameter(2, token.getId())
                    .executeUpdate();
        }
        return Optional.of(new TokenIdentity(
                account.getLogin(),
                token.getScope().keep(roleResolver.rolesOf(account)),
                token.getScope(),
                token.getId()));
    }

    private String refusal(ApiToken token, UserAccount account, LocalDate today) {
        if (!token.isUsableOn(today)) {
            return token.status(today);
        }
        if (!account.isActiveOn(today)) {
            return "account " + account.getStatus();
        }
        if (!roleResolver.partnerAccessActive(account)) {
            return "partner access suspended";
        }
        return null;
    }

    private static LocalDate date(String text) {
        try {
            return text == null ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
