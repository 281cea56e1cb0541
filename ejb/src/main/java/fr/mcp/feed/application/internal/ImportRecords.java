package fr.mcp.feed.application.internal;

import fr.mcp.feed.domain.DeclarationImport;
import fr.mcp.feed.domain.ImportLine;
import fr.mcp.feed.domain.ImportRow;
import fr.mcp.feed.domain.ImportSource;
import fr.mcp.identity.domain.Roles;
import fr.mcp.identity.domain.UserAccount;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/** The import's own rows, each change committed at once, so the report survives whatever happens to the declarations. */
@Stateless
@RolesAllowed(Roles.AFAS_DECLARER)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportRecords {

    @PersistenceContext(unitName = "mcp")
    private EntityManager em;

    public long open(UserAccount caller, ImportSource source, String fileName, Instant at) {
        DeclarationImport run =
                new DeclarationImport(caller.getId(), caller.getLogin(), caller.getPartnerId(), source, fileName, at);
        em.persist(run);
        em.flush();
        return run.getId();
    }

    public void refuse(long importId, String reason) {
        em.find(DeclarationImport.class, importId).refuse(reason);
    }

    public void reject(long importId, List<ImportRow> rows, String reason) {
        rows.forEach(row ->
                em.persist(new ImportLine(importId, row, false, row.problem() == null ? reason : row.problem())));
    }

    /** Counts the report's lines into the import. */
    public void finish(long importId) {
        List<Object[]> counts = em.createQuery(
                        "SELECT l.accepted, COUNT(l), COUNT(DISTINCT l.declarationId) FROM ImportLine l"
                                + " WHERE l.importId = :id GROUP BY l.accepted",
                        Object[].class)
                .setParameter("id", importId)
                .getResultList();
        int accepted = 0;
        int rejected = 0;
        int declarations = 0;
        for (Object[] row : counts) {
            int n = ((Number) row[1]).intValue();
            if (Boolean.TRUE.equals(row[0])) {
                accepted = n;
                declarations = ((Number) row[2]).intValue();
            } else {
                rejected = n;
            }
        }
        em.find(DeclarationImport.class, importId).count(accepted + rejected, accepted, rejected, declarations);
    }
}
