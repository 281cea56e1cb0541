package fr.mcp.controlplan.application;

import fr.mcp.controlplan.domain.FindingCase;
import fr.mcp.habilitation.application.Actors;
import fr.mcp.identity.domain.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs the detection rules and keeps what they raise as findings in the Caf's queue, each once: a finding already
 * raised (same fingerprint, or for a burst of events one overlapping it on the same rule and subject) is not raised
 * again, so runs can repeat, overlap or be missed without losing or duplicating anything.
 */
@Stateless
public class Detection {

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
        for (Long cafId : em.createQuery("SELECT c.id FROM Caf c ORDER BY c.id", Long.class).getResultList()) {
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

    private int run(long cafId, Instant now, Map<String, Integer> raised) {
        int known = 0;
        for (Located located : sources.findings(cafId, now)) {
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
        return count("(f.fingerprint = :fingerprint OR (f.ruleCode = :rule AND f.subject = :subject AND f.occurredFrom <= :to AND f.occurredTo >= :from))",
                Map.of("fingerprint", finding.fingerprint(), "rule", finding.rule(), "subject", finding.subject(), "from", finding.from(),
                        "to", finding.to())) > 0;
    }

    private long count(String condition, Map<String, Object> parameters) {
        var query = em.createQuery("SELECT COUNT(f) FROM FindingCase f WHERE " + condition, Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }
}
