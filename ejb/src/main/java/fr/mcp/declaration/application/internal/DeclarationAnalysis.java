package fr.mcp.declaration.application.internal;

import fr.mcp.declaration.application.Analysis;
import fr.mcp.declaration.domain.CoherenceControl;
import fr.mcp.declaration.domain.ControlJustification;
import fr.mcp.declaration.domain.Declaration;
import fr.mcp.declaration.domain.DeclarationFigures;
import fr.mcp.declaration.domain.DeclarationForm;
import fr.mcp.declaration.domain.DeclarationKind;
import fr.mcp.declaration.domain.DeclarationState;
import fr.mcp.declaration.domain.FormKind;
import fr.mcp.declaration.domain.FormState;
import fr.mcp.declaration.domain.RaisedControl;
import fr.mcp.estimate.application.EstimateJson;
import fr.mcp.estimate.application.EstimateOutcome;
import fr.mcp.estimate.application.EstimateService;
import fr.mcp.habilitation.domain.Facility;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Computes what a declaration's values give: figures, estimate and raised controls (the previous year's actual included). */
@Stateless
@PermitAll
public class DeclarationAnalysis {

    /** The figure holding the Caf's validated ETP of the facility, for the controls. */
    public static final String VALIDATED_FTE = "facility.validatedFte";

    @PersistenceContext(unitName = "mcp")
    private EntityManager em;

    @Inject
    private FormCatalog catalog;

    @Inject
    private EstimateService estimates;

    public Analysis analyse(Declaration declaration) {
        Facility facility = em.find(Facility.class, declaration.getFacilityId());
        DeclarationFigures figures = figures(declaration, facility);
        EstimateOutcome estimate;
        boolean frozen = declaration.getFrozenEstimate() != null;
        if (frozen) {
            estimate = EstimateOutcome.of(EstimateJson.read(declaration.getFrozenEstimate()));
        } else {
            Map<String, String> values = figures.asDeclaredValues(
                    catalog.definition(declaration.getFacilityType(), FormKind.ACTIVITY, declaration.getYear()));
            if (facility.getValidatedFte() != null) {
                values.put(
                        "fteValidated",
                        facility.getValidatedFte().stripTrailingZeros().toPlainString());
            }
            estimate = estimates.attempt(declaration.getFacilityType(), declaration.getYear(), values);
        }
        DeclarationFigures previous = previousActual(declaration, facility).orElse(null);
        List<RaisedControl> controls = new ArrayList<>();
        for (CoherenceControl control :
                catalog.controls(declaration.getFacilityType(), declaration.getKind(), declaration.getYear())) {
            control.evaluate(figures, previous)
                    .ifPresent(raised -> controls.add(new RaisedControl(
                            raised.code(),
                            raised.message(),
                            declaration
                                    .justificationOf(raised.code())
                                    .map(ControlJustification::getJustification)
                                    .orElse(null))));
        }
        return new Analysis(figures, estimate, frozen, List.copyOf(controls));
    }

    public DeclarationFigures figures(Declaration declaration, Facility facility) {
        String type = declaration.getFacilityType();
        int year = declaration.getYear();
        List<Map<String, String>> sites = declaration.getForms().stream()
                .filter(form -> form.getKind() == FormKind.ACTIVITY)
                .map(DeclarationForm::getValues)
                .toList();
        Map<String, String> financial = declaration.getForms().stream()
                .filter(form -> form.getKind() == FormKind.FINANCIAL && form.getState() != FormState.NOT_REQUESTED)
                .map(DeclarationForm::getValues)
                .findFirst()
                .orElse(null);
        return DeclarationFigures.of(
                        catalog.definition(type, FormKind.ACTIVITY, year),
                        sites,
                        catalog.definition(type, FormKind.FINANCIAL, year),
                        financial)
                .with(VALIDATED_FTE, facility.getValidatedFte());
    }

    private Optional<DeclarationFigures> previousActual(Declaration declaration, Facility facility) {
        return sent(declaration.getFacilityId(), declaration.getYear() - 1, DeclarationKind.ACTUAL)
                .map(previous -> figures(previous, facility));
    }

    /** A facility's declaration of that year and kind once transmitted to the Caf (or validated). */
    public Optional<Declaration> sent(long facilityId, int year, DeclarationKind kind) {
        return em
                .createQuery(
                        "SELECT d FROM Declaration d WHERE d.facilityId = :facility AND d.year = :year AND d.kind = :kind"
                                + " AND d.state IN :sent",
                        Declaration.class)
                .setParameter("facility", facilityId)
                .setParameter("year", year)
                .setParameter("kind", kind)
                .setParameter("sent", List.of(DeclarationState.TRANSMITTED, DeclarationState.VALIDATED))
                .getResultList()
                .stream()
                .findFirst();
    }
}
