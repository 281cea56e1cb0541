package fr.mcp.identity.application.internal;

import fr.mcp.identity.domain.TermsOfUse;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The terms of use in force: the most recently published version. */
@Stateless
@PermitAll
public class TermsOfUseService {

    @PersistenceContext(unitName = "mcp")
    private EntityManager em;

    public TermsOfUse current() {
        return em.createQuery("SELECT t FROM TermsOfUse t ORDER BY t.publishedAt DESC", TermsOfUse.class)
                .setMaxResults(1)
                .getSingleResult();
    }

    public String currentVersion() {
        return current().getVersion();
    }
}
