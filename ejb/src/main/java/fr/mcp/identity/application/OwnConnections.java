package fr.mcp.identity.application;

import fr.mcp.identity.domain.SecurityEvent;
import fr.mcp.shared.domain.RuleViolation;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A user's own connection history (personal data: every signed-in user may read and export theirs, and only theirs):
 * sign-ins, failures, sign-outs, password and account events on their login, newest first.
 */
@Stateless
@PermitAll
public class OwnConnections {

    /** The longest period a user can ask for, and the most rows returned. */
    public static final int MAX_DAYS = 366;

    private static final int MAX_ROWS = 10_000;

    /** One event of the history. */
    public record Connection(Instant at, String type, String clientAddress, String userAgent) {}

    @PersistenceContext(unitName = "mcp")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Clock clock;

    public List<Connection> mine(Integer days) {
        if (days == null || days < 1 || days > MAX_DAYS) {
            throw RuleViolation.of("connections.days.invalid", MAX_DAYS);
        }
        String login = context.getCallerPrincipal() == null
                ? null
                : context.getCallerPrincipal().getName();
        if (login == null || "ANONYMOUS".equalsIgnoreCase(login) || "UNAUTHENTICATED".equals(login)) {
            throw new EJBAccessException("Signed-in users only");
        }
        return em
                .createQuery(
                        "SELECT e FROM SecurityEvent e WHERE e.login = :login AND e.occurredAt >= :since ORDER BY e.occurredAt DESC, e.id DESC",
                        SecurityEvent.class)
                .setParameter("login", login)
                .setParameter("since", clock.instant().minus(Duration.ofDays(days)))
                .setMaxResults(MAX_ROWS)
                .getResultList()
                .stream()
                .map(e -> new Connection(e.getOccurredAt(), e.getType().name(), e.getClientAddress(), e.getUserAgent()))
                .toList();
    }
}
