package fr.mcp.declaration.application.internal;

import fr.mcp.declaration.domain.CoherenceControl;
import fr.mcp.declaration.domain.DeclarationKind;
import fr.mcp.declaration.domain.FormDefinition;
import fr.mcp.declaration.domain.FormField;
import fr.mcp.declaration.domain.FormKind;
import fr.mcp.shared.application.RuleRevision;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The forms and coherence controls in force for a facility type and year, read from their tables and kept in memory
 * while no rule changes ({@link RuleRevision}). The entities handed out are detached and shared: read them only.
 */
@Stateless
@PermitAll
public class FormCatalog {

    @PersistenceContext(unitName = "mcp")
    private EntityManager em;

    @Inject
    private RuleRevision rules;

    public FormDefinition definition(String facilityType, FormKind kind, int year) {
        return rules.cached(new FormKey(facilityType, kind, year), () -> readDefinition(facilityType, kind, year));
    }

    /** For each control code, its latest version starting on or before the year, if it applies to the type and kind. */
    public List<CoherenceControl> controls(String facilityType, DeclarationKind kind, int year) {
        return rules.cached(new ControlsKey(facilityType, kind, year), () -> readControls(facilityType, kind, year));
    }

    private FormDefinition readDefinition(String facilityType, FormKind kind, int year) {
        List<FormField> candidates = em.createQuery(
                        "SELECT f FROM FormField f WHERE f.formKind = :kind AND f.fromYear <= :year"
                                + " AND (f.facilityType = :type OR f.facilityType = :any)",
                        FormField.class)
                .setParameter("kind", kind)
                .setParameter("year", year)
                .setParameter("type", facilityType)
                .setParameter("any", FormField.ANY_TYPE)
                .getResultList();
        if (rules.shareable()) {
            candidates.forEach(em::detach);
        }
        return FormDefinition.of(candidates, facilityType, kind, year);
    }

    private List<CoherenceControl> readControls(String facilityType, DeclarationKind kind, int year) {
        Map<String, CoherenceControl> latest = new LinkedHashMap<>();
        em.createQuery(
                        "SELECT c FROM CoherenceControl c WHERE c.fromYear <= :year ORDER BY c.code, c.fromYear",
                        CoherenceControl.class)
                .setParameter("year", year)
                .getResultList()
                .forEach(control -> latest.put(control.getCode(), control));
        if (rules.shareable()) {
            latest.values().forEach(em::detach);
        }
        return latest.values().stream()
                .filter(control -> control.appliesTo(facilityType, kind))
                .sorted(Comparator.comparing(CoherenceControl::getCode))
                .toList();
    }

    private record FormKey(String facilityType, FormKind kind, int year) {}

    private record ControlsKey(String facilityType, DeclarationKind kind, int year) {}
}
