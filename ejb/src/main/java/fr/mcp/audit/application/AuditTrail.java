package fr.mcp.audit.application;

import fr.mcp.audit.domain.AuditEntry;
import fr.mcp.identity.domain.ClientInfo;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/** Records administrative changes in the caller's transaction (so a refused change leaves no entry) and reads them back. */
@Stateless
public class AuditTrail {

    @PersistenceContext(unitName = "mcp")
    private EntityManager em;

    @Inject
    private Clock clock;

    /** A change on a partner's data (cafId: the partner's Caf, so Caf agents find it too). */
    public void record(
            String actorLogin,
            ClientInfo client,
            Long cafId,
            Long partnerId,
            String action,
            String target,
            Object before,
            Object after) {
        em.persist(new AuditEntry(
                clock.instant(),
                actorLogin,
                client == null ? null : client.address(),
                cafId,
                partnerId,
                action,
                target,
                before == null ? null : before.toString(),
                after == null ? null : after.toString()));
    }

    /** The latest changes on a partner, newest first. */
    public List<AuditEntry> ofPartner(long partnerId, int first, int max) {
        return em.createQuery(
                        "SELECT e FROM AuditEntry e WHERE e.partnerId = :partner ORDER BY e.occurredAt DESC, e.id DESC",
                        AuditEntry.class)
                .setParameter("partner", partnerId)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    /** The latest entries of some kinds of change (e.g. the scale's or the controls' history), newest first. */
    public List<AuditEntry> ofActions(List<String> actions, int first, int max) {
        return em.createQuery(
                        "SELECT e FROM AuditEntry e WHERE e.action IN :actions ORDER BY e.occurredAt DESC, e.id DESC",
                        AuditEntry.class)
                .setParameter("actions", actions)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long countOfPartner(long partnerId) {
        return em.createQuery("SELECT COUNT(e) FROM AuditEntry e WHERE e.partnerId = :partner", Long.class)
                .setParameter("partner", partnerId)
                .getSingleResult();
    }
}
