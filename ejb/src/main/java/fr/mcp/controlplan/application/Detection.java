package fr.mcp.controlplan.application;

import fr.mcp.controlplan.application.internal.DetectionSources;
import fr.mcp.controlplan.application.internal.Located;
import fr.mcp.controlplan.domain.FindingCase;
import fr.mcp.habilitation.application.Actors;
import fr.mcp.identity.domain.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the detection rules and keeps what they raise as findings in the Caf's queue, each once: a finding already
 * raised (same fingerprint, or for a burst of events one overlapping it on the same rule and subject) is not raised
 * again, so runs can repeat, overlap or be missed without losing or duplicating anything.
 */
@Stateless
public class Detection {

    private static final Logger LOG = Logger.getLogger(Detection.class.getName());

    @PersistenceContext(unitName = "mcp")
    private EntityManager em;

    @Inject
    private DetectionSources sources;

    @Inject
    private Actors actors;

    @Inject
    private Clock clock;

    /** Every Caf (the scheduled run). */
    @PermitAll
    public DetectionReport runEverywhere() {
        Instant now = clock.instant();
        Map<String, Integer> raised = new TreeMap<>();
        int known = 0;
        for (Long cafId : em.createQuery("SELECT c.id FROM Caf c ORDER BY c.id", Long.class)
                .getResultList()) {
            known += run(cafId, now, raised);
        }
        return new DetectionReport(now, raised, known);
    }

    /** The caller's Caf, now. */
    @RolesAllowed(Roles.CAF_ADMIN)
    public DetectionReport runForMyCaf() {
        Instant now = clock.instant();
        Map<String, Integer> raised = new TreeMap<>();
        int known = run(actors.caller().getCafId(), now, raised);
        return new DetectionReport(now, raised, known);
    }

    /** The sign-in rules on one user's recent sign-ins, in the background (detection on events). */
    @Asynchronous
    @PermitAll
    public void afterSignIn(String login) {
        try {
            Instant now = clock.instant();
            List<Object[]> account = em.createQuery(
                            "SELECT a.cafId, p.cafId FROM UserAccount a LEFT JOIN Partner p ON p.id = a.partnerId"
                                    + " WHERE a.login = :login",
                            Object[].class)
                    .setParameter("login", login)
                    .getResultList();
            Long cafId = account.isEmpty()
                    ? null
                    : (Long) (account.get(0)[0] != null ? account.get(0)[0] : account.get(0)[1]);
            if (cafId != null) {
                keep(cafId, sources.signInFindings(login, now), now, new TreeMap<>());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Detection after the sign-in of " + login + " left to the scheduled run", e);
        }
    }

    private int run(long cafId, Instant now, Map<String, Integer> raised) {
        return keep(cafId, sources.findings(cafId, now), now, raised);
    }

    private int keep(long cafId, List<Located> found, Instant now, Map<String, Integer> raised) {
        int known = 0;
        for (Located located : found) {
            if (alreadyRaised(located)) {
                known++;
            } else {
                em.persist(new FindingCase(located.finding(), cafId, located.partnerId(), located.accountId(), now));
                em.flush();
                raised.merge(located.finding().rule(), 1, Integer::sum);
            }
        }
        return known;
    }

    private boolean alreadyRaised(Located located) {
        var finding = located.finding();
        if (finding.from() == null) {
            return count("f.fingerprint = :fingerprint", Map.of("fingerprint", finding.fingerprint())) > 0;
        }
        return count(
                        "(f.fingerprint = :fingerprint OR (f.ruleCode = :rule AND f.subject = :subject AND f.occurredFrom <= :to AND f.occurredTo >= :from))",
                        Map.of(
                                "fingerprint",
                                finding.fingerprint(),
                                "rule",
                                finding.rule(),
                                "subject",
                                finding.subject(),
                                "from",
                                finding.from(),
                                "to",
                                finding.to()))
                > 0;
    }

    private long count(String condition, Map<String, Object> parameters) {
        var query = em.createQuery("SELECT COUNT(f) FROM FindingCase f WHERE " + condition, Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }
}
