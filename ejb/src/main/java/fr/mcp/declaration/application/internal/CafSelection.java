package fr.mcp.declaration.application.internal;

import fr.mcp.declaration.domain.Declaration;
import fr.mcp.shared.application.Problems;
import fr.mcp.shared.domain.OutOfScope;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/** The declarations a Caf agent selected for a bulk action: 1 to 500, all of the agent's Caf, each locked against a concurrent change. */
public final class CafSelection {

    static final int MAX = 500;

    private CafSelection() {}

    /** The selected declarations in id order; any id unknown or of another Caf refuses the whole selection (not found). */
    public static List<Declaration> locked(EntityManager em, Long cafId, List<Long> declarationIds) {
        Problems problems = new Problems();
        problems.check(
                declarationIds != null && !declarationIds.isEmpty() && declarationIds.size() <= MAX,
                "declaration.bulk.selection");
        problems.throwIfAny();
        List<Declaration> found = em.createQuery(
                        "SELECT d FROM Declaration d WHERE d.id IN :ids ORDER BY d.id", Declaration.class)
                .setParameter("ids", declarationIds)
                .getResultList();
        if (found.size() != new HashSet<>(declarationIds).size()
                || found.stream().anyMatch(d -> !Objects.equals(d.getCafId(), cafId))) {
            throw OutOfScope.of("declaration.notFound");
        }
        found.forEach(d -> em.lock(d, LockModeType.OPTIMISTIC_FORCE_INCREMENT));
        return found;
    }
}
