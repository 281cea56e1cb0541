package fr.mcp.controlplan.application.internal;

import fr.mcp.controlplan.domain.DetectionRule;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Optional;

/** The detection rules as dated data: per code, the latest version started on or before a day. */
@Stateless
@PermitAll
public class DetectionRules {

    @PersistenceContext(unitName = "mcp")
    private EntityManager em;

    public Optional<DetectionRule> inForce(String code, LocalDate day) {
        return em
                .createQuery(
                        "SELECT r FROM DetectionRule r WHERE r.code = :code AND r.validFrom <= :day ORDER BY r.validFrom DESC",
                        DetectionRule.class)
                .setParameter("code", code)
                .setParameter("day", day)
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst();
    }
}
