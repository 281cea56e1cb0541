package fr.mcp.declaration.application;

import fr.mcp.declaration.application.internal.DeclarationAccess;
import fr.mcp.declaration.application.internal.DeclarationAccess.Access;
import fr.mcp.declaration.application.internal.DeclarationAnalysis;
import fr.mcp.declaration.application.internal.FormCatalog;
import fr.mcp.declaration.application.internal.PeerComparison;
import fr.mcp.declaration.application.internal.Viewer;
import fr.mcp.declaration.domain.Declaration;
import fr.mcp.declaration.domain.DeclarationForm;
import fr.mcp.declaration.domain.DeclarationState;
import fr.mcp.declaration.domain.FieldProblem;
import fr.mcp.declaration.domain.FormDefinition;
import fr.mcp.declaration.domain.FormKind;
import fr.mcp.declaration.domain.FormState;
import fr.mcp.declaration.domain.LineRole;
import fr.mcp.estimate.application.EstimateJson;
import fr.mcp.habilitation.domain.AfasRole;
import fr.mcp.habilitation.domain.Facility;
import fr.mcp.habilitation.domain.Partner;
import fr.mcp.identity.domain.Roles;
import fr.mcp.shared.config.BusinessTime;
import fr.mcp.shared.domain.Forbidden;
import fr.mcp.shared.domain.OutOfScope;
import fr.mcp.shared.domain.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A declaration for its providers and approver, and for the Caf agents who read it: reading with the estimate and
 * controls, entry with server checks and version control, completion, and the approver's "Contrôler et transmettre".
 * Rights come from the caller's AFAS roles on the facility today, checked on every call.
 */
@Stateless
@RolesAllowed({Roles.AFAS_DECLARER, Roles.CAF_REVIEWER, Roles.CAF_ADMIN})
public class Declarations {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm:ss").withZone(BusinessTime.zone());

    @PersistenceContext(unitName = "mcp")
    private EntityManager em;

    @Inject
    private DeclarationAccess access;

    @Inject
    private FormCatalog catalog;

    @Inject
    private DeclarationAnalysis analysis;

    @Inject
    private Clock clock;

    public DeclarationView view(Long declarationId) {
        return view(access.open(declarationId));
    }

    /**
     * The declaration's page in one call, so the rights are checked and the estimate computed once: the view, the
     * comparison with similar facilities and the supporting documents.
     */
    public DeclarationPageData page(Long declarationId) {
        Access found = access.open(declarationId);
        DeclarationView view = view(found);
        Declaration declaration = found.declaration();
        return new DeclarationPageData(
                view,
                PeerComparison.of(em, declaration, PeerComparison.own(declaration, view::analysis)),
                Attachments.rows(em, declaration.getId()));
    }

    private DeclarationView view(Access found) {
        Declaration declaration = found.declaration();
        Viewer viewer = found.viewer();
        Facility facility = em.find(Facility.class, declaration.getFacilityId());
        Partner partner = em.find(Partner.class, declaration.getPartnerId());
        List<FormView> forms = new ArrayList<>();
        for (DeclarationForm form : declaration.getForms()) {
            forms.add(formView(declaration, form, viewer));
        }
        DeclarationState state = declaration.getState();
        boolean approver = viewer.approver() && state == DeclarationState.IN_APPROVAL;
        var actions = new DeclarationView.Actions(
                viewer.approver() && (state == DeclarationState.IN_PROGRESS || state == DeclarationState.TO_REVIEW),
                approver,
                approver
                        || (state.openToProviders()
                                && (viewer.roles().contains(AfasRole.FDA)
                                        || viewer.roles().contains(AfasRole.FDF))),
                viewer.cafAgent() && state == DeclarationState.TRANSMITTED,
                viewer.approver() || viewer.cafAgent(),
                viewer.cafAgent());
        return new DeclarationView(
                declaration.getId(),
                declaration.getVersion(),
                partner.getName(),
                facility.getName(),
                declaration.getFacilityType(),
                declaration.getYear(),
                declaration.getKind(),
                state,
                declaration.getDeadline(),
                forms,
                analysis.analyse(declaration),
                declaration.getHistory(),
                declaration.nextStep(),
                declaration.financialRequested(),
                declaration.getTransmittedAt(),
                declaration.getTransmittedBy(),
                actions);
    }

    /** The declaration to download (PDF): for its approver and the Caf's agents, as the agency's service allows. */
    public DeclarationView forDownload(Long declarationId) {
        Access found = access.open(declarationId);
        if (!found.viewer().approver() && !found.viewer().cafAgent()) {
            throw Forbidden.of("declaration.rights.download");
        }
        return view(found);
    }

    /**
     * Saves typed values on a form (autosave): every value checked (type, bounds) — one bad value refuses the whole
     * request — and the form's version compared with the one the caller read, so a concurrent save is reported with
     * what it changed instead of being overwritten.
     */
    public FormSaved save(Long declarationId, Long formId, Long expectedVersion, Map<String, String> changes) {
        Access found = access.open(declarationId);
        Declaration declaration = found.declaration();
        DeclarationForm form = formOf(declaration, formId);
        boolean byApprover = requireEntryRight(found.viewer(), declaration, form);
        FormDefinition definition =
                catalog.definition(declaration.getFacilityType(), form.getKind(), declaration.getYear());
        List<FieldProblem> problems = definition.problems(changes == null ? Map.of() : changes);
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems.stream()
                    .map(p -> RuleViolation.message(p.key(), p.arguments().toArray()))
                    .toList());
        }
        if (expectedVersion != null && expectedVersion != form.getVersion()) {
            throw concurrentChange(form, definition, changes);
        }
        declaration.write(form, changes, found.viewer().author(), clock.instant(), byApprover);
        em.flush();
        return new FormSaved(form.getId(), form.getVersion(), form.getUpdatedAt());
    }

    /** The provider declares the form complete: every field required for the kind must be filled. */
    public void complete(Long declarationId, Long formId) {
        Access found = access.open(declarationId);
        Declaration declaration = found.declaration();
        DeclarationForm form = formOf(declaration, formId);
        if (!found.viewer().mayEnter(form)) {
            throw Forbidden.of("declaration.rights.form", form.getLabel());
        }
        List<String> missing = catalog.definition(declaration.getFacilityType(), form.getKind(), declaration.getYear())
                .missing(form.getValues(), declaration.getKind());
        if (!missing.isEmpty()) {
            throw RuleViolation.of("declaration.form.missing", form.getLabel(), String.join(", ", missing));
        }
        declaration.complete(form, found.viewer().author(), clock.instant());
    }

    public void take(Long declarationId) {
        Access found = approverAccess(declarationId);
        found.declaration().take(found.viewer().author(), clock.instant());
    }

    public void sendBack(Long declarationId, Long formId, String comment) {
        Access found = approverAccess(declarationId);
        Declaration declaration = found.declaration();
        declaration.sendBack(
                formOf(declaration, formId), comment, found.viewer().author(), clock.instant());
    }

    public void confirmStep(Long declarationId, int step) {
        approverAccess(declarationId).declaration().confirmStep(step);
    }

    /** A justification by the approver (in approval) or by a provider while entering (activity or financial data). */
    public void justify(Long declarationId, String controlCode, String text) {
        Access found = access.open(declarationId);
        Declaration declaration = found.declaration();
        Viewer viewer = found.viewer();
        boolean provider =
                viewer.roles().contains(AfasRole.FDA) || viewer.roles().contains(AfasRole.FDF);
        if (!viewer.approver() && !(provider && declaration.getState().openToProviders())) {
            throw Forbidden.of("declaration.rights.approver");
        }
        if (!analysis.analyse(declaration).codes().contains(controlCode)) {
            throw OutOfScope.of("declaration.control.notRaised", String.valueOf(controlCode));
        }
        declaration.justify(controlCode, text, viewer.author(), clock.instant());
    }

    /** The sworn transmission: every raised control justified; the estimate and scale values used are frozen with it. */
    public void transmit(Long declarationId, boolean sworn) {
        Access found = approverAccess(declarationId);
        Declaration declaration = found.declaration();
        Analysis current = analysis.analyse(declaration);
        var estimate = current.estimate().estimate();
        declaration.transmit(
                found.viewer().author(),
                clock.instant(),
                sworn,
                current.codes(),
                estimate == null ? null : estimate.total(),
                estimate == null ? null : EstimateJson.write(estimate));
    }

    private Access approverAccess(Long declarationId) {
        Access found = access.open(declarationId);
        if (!found.viewer().approver()) {
            throw Forbidden.of("declaration.rights.approver");
        }
        return found;
    }

    /** Whether the entry is an approver's correction; refuses a caller without the role on that form. */
    private static boolean requireEntryRight(Viewer viewer, Declaration declaration, DeclarationForm form) {
        DeclarationState state = declaration.getState();
        if (!state.openToProviders() && state != DeclarationState.IN_APPROVAL) {
            throw RuleViolation.of(
                    "declaration.entry.closed",
                    form.getLabel(),
                    state.label(),
                    form.getState().label());
        }
        if (viewer.approver()
                && declaration.getState() == DeclarationState.IN_APPROVAL
                && form.getState() != FormState.SENT_BACK) {
            return true;
        }
        if (!viewer.mayEnter(form)) {
            throw Forbidden.of("declaration.rights.form", form.getLabel());
        }
        return false;
    }

    private FormView formView(Declaration declaration, DeclarationForm form, Viewer viewer) {
        FormDefinition definition =
                catalog.definition(declaration.getFacilityType(), form.getKind(), declaration.getYear());
        DeclarationState state = declaration.getState();
        boolean providerMay = viewer.mayEnter(form)
                && (state.openToProviders()
                        || (state == DeclarationState.IN_APPROVAL && form.getState() == FormState.SENT_BACK));
        boolean approverMay =
                viewer.approver() && state == DeclarationState.IN_APPROVAL && form.getState() == FormState.IN_APPROVAL;
        boolean editable = form.getState() != FormState.NOT_REQUESTED && (providerMay || approverMay);
        boolean completable =
                providerMay && form.getState() != FormState.COMPLETE && form.getState() != FormState.NOT_REQUESTED;
        Map<String, String> values = form.getValues();
        return new FormView(
                form.getId(),
                form.getVersion(),
                form.getKind(),
                form.getLabel(),
                form.getState(),
                form.getSentBackComment(),
                form.getUpdatedBy(),
                form.getUpdatedAt(),
                editable,
                completable,
                definition.fields(),
                values,
                definition.missing(values, declaration.getKind()),
                form.getKind() == FormKind.FINANCIAL ? definition.total(values, LineRole.EXPENSE) : null,
                form.getKind() == FormKind.FINANCIAL ? definition.total(values, LineRole.INCOME) : null);
    }

    private static DeclarationForm formOf(Declaration declaration, Long formId) {
        return formId == null
                ? null
                : declaration.form(formId).orElseThrow(() -> OutOfScope.of("declaration.form.notFound"));
    }

    private static RuleViolation concurrentChange(
            DeclarationForm form, FormDefinition definition, Map<String, String> mine) {
        Map<String, String> stored = form.getValues();
        List<String> differences = new ArrayList<>();
        Map<String, String> all = new LinkedHashMap<>(mine);
        for (var entry : all.entrySet()) {
            String theirs = stored.get(entry.getKey());
            String typed = entry.getValue() == null || entry.getValue().isBlank()
                    ? null
                    : entry.getValue().trim();
            if (!Objects.equals(theirs, typed)) {
                String label =
                        definition.field(entry.getKey()).map(f -> f.getLabel()).orElse(entry.getKey());
                differences.add(label + " : " + (theirs == null ? "vide" : theirs) + " (vous : "
                        + (typed == null ? "vide" : typed) + ")");
            }
        }
        return new ConcurrentEntry(
                RuleViolation.message(
                        "declaration.concurrent",
                        form.getLabel(),
                        form.getUpdatedBy(),
                        form.getUpdatedAt() == null ? "?" : TIME.format(form.getUpdatedAt()),
                        differences.isEmpty()
                                ? RuleViolation.message("declaration.concurrent.none")
                                : String.join(" ; ", differences)),
                form.getVersion(),
                stored);
    }
}
