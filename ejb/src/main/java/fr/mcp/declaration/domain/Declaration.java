package fr.mcp.declaration.domain;

import fr.mcp.shared.domain.BaseEntity;
import fr.mcp.shared.domain.RuleViolation;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A facility's declaration for a year and kind: its forms, its history, the justifications of its coherence
 * controls and, once transmitted, its frozen estimate. Every transition is a guarded method that records who did
 * what in the history; a refused transition changes nothing.
 */
@Entity
@Table(name = "declaration")
public class Declaration extends BaseEntity {

    public static final int MAX_TEXT = 2000;
    private static final int LAST_STEP = 3;

    @Column(name = "facility_id")
    private Long facilityId;

    @Column(name = "partner_id")
    private Long partnerId;

    @Column(name = "caf_id")
    private Long cafId;

    @Column(name = "facility_type")
    private String facilityType;

    @Column(name = "fiscal_year")
    private int year;

    @Enumerated(EnumType.STRING)
    private DeclarationKind kind;

    @Enumerated(EnumType.STRING)
    private DeclarationState state;

    private LocalDate deadline;

    @Column(name = "approval_step")
    private int approvalStep;

    @Column(name = "transmitted_at")
    private Instant transmittedAt;

    @Column(name = "transmitted_by")
    private String transmittedBy;

    @Column(name = "validated_at")
    private Instant validatedAt;

    @Column(name = "validated_by")
    private String validatedBy;

    private String reviewer;

    @Column(name = "campaign_id")
    private Long campaignId;

    @Column(name = "frozen_total")
    private BigDecimal frozenTotal;

    @Column(name = "frozen_estimate")
    private String frozenEstimate;

    @Column(name = "controls_raised")
    private Integer controlsRaised;

    @Column(name = "created_at")
    private Instant createdAt;

    @OneToMany(mappedBy = "declaration", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("kind, label")
    private List<DeclarationForm> forms = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "declaration_id", nullable = false)
    @OrderBy("occurredAt, id")
    private List<DeclarationEvent> history = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "declaration_id", nullable = false)
    private List<ControlJustification> justifications = new ArrayList<>();

    protected Declaration() {}

    /** A new declaration to enter: one activity form per site (label → site id) and, when requested, the financial form. */
    public static Declaration open(
            long facilityId,
            long partnerId,
            long cafId,
            String facilityType,
            int year,
            DeclarationKind kind,
            LocalDate deadline,
            Map<Long, String> sites,
            boolean financialRequested,
            Author author,
            Instant at) {
        Declaration declaration = new Declaration();
        declaration.facilityId = facilityId;
        declaration.partnerId = partnerId;
        declaration.cafId = cafId;
        declaration.facilityType = facilityType;
        declaration.year = year;
        declaration.kind = kind;
        declaration.deadline = deadline;
        declaration.state = DeclarationState.TO_ENTER;
        declaration.createdAt = at;
        sites.forEach((siteId, name) -> declaration.forms.add(
                new DeclarationForm(declaration, FormKind.ACTIVITY, siteId, "Activité — " + name)));
        DeclarationForm financial = new DeclarationForm(
                declaration,
                FormKind.FINANCIAL,
                null,
                kind == DeclarationKind.ACTUAL ? "Compte de résultat" : "Budget");
        if (!financialRequested) {
            financial.moveTo(FormState.NOT_REQUESTED);
        }
        declaration.forms.add(financial);
        declaration.record(author, at, "Déclaration ouverte", null, DeclarationState.TO_ENTER, null, null);
        return declaration;
    }

    /** A provider's entry (or the approver's correction) of values on one form. */
    public void write(
            DeclarationForm form, Map<String, String> changes, Author author, Instant at, boolean byApprover) {
        guardEntry(form, byApprover);
        form.write(changes, author.login(), at);
        if (state == DeclarationState.TO_ENTER) {
            move(DeclarationState.IN_PROGRESS, author, at, "Saisie commencée", form.getLabel(), null);
        }
    }

    /** Values of a form imported by a partner's software: written like an entry, and the import kept in the history. */
    public void importValues(
            DeclarationForm form, Map<String, String> changes, Author author, Instant at, long importId) {
        write(form, changes, author, at, false);
        record(
                author,
                at,
                "Données importées",
                state,
                state,
                form.getLabel(),
                "Import n° " + importId + " : " + changes.size() + (changes.size() > 1 ? " valeurs" : " valeur"));
    }

    /** A Caf agent reminded the facility's role holders that the declaration is still to transmit. */
    public void reminded(Author author, Instant at, int recipients) {
        if (state == DeclarationState.TRANSMITTED || state == DeclarationState.VALIDATED) {
            throw RuleViolation.of("declaration.reminder.sent", state.label());
        }
        record(
                author,
                at,
                "Relance envoyée par la Caf",
                state,
                state,
                null,
                recipients + (recipients > 1 ? " destinataires" : " destinataire"));
    }

    /** The provider says the form is complete (a form sent back returns to the approver). */
    public void complete(DeclarationForm form, Author author, Instant at) {
        guardEntry(form, false);
        boolean sentBack = form.getState() == FormState.SENT_BACK;
        form.complete(state == DeclarationState.IN_APPROVAL);
        if (state == DeclarationState.TO_ENTER) {
            move(DeclarationState.IN_PROGRESS, author, at, "Saisie commencée", form.getLabel(), null);
        }
        record(
                author,
                at,
                sentBack ? "Formulaire corrigé, rendu à l'approbateur" : "Formulaire déclaré complet",
                state,
                state,
                form.getLabel(),
                null);
    }

    /** The approver takes the declaration: it and its requested forms go to approval; the four steps start over. */
    public void take(Author author, Instant at) {
        if (state != DeclarationState.IN_PROGRESS && state != DeclarationState.TO_REVIEW) {
            throw RuleViolation.of("declaration.take.wrongState", state.label());
        }
        requestedForms().forEach(form -> form.moveTo(FormState.IN_APPROVAL));
        approvalStep = 0;
        move(DeclarationState.IN_APPROVAL, author, at, "Prise en charge par l'approbateur", null, null);
    }

    /** The approver sends one form back to its provider, with a comment (no mail, as in the agency's service). */
    public void sendBack(DeclarationForm form, String comment, Author author, Instant at) {
        requireState(DeclarationState.IN_APPROVAL);
        requireOwn(form);
        String text = text(comment, "declaration.sendBack.commentRequired");
        form.sendBack(text);
        approvalStep = 0;
        record(author, at, "Formulaire renvoyé au fournisseur", state, state, form.getLabel(), text);
    }

    /** The approver confirms a step of "Contrôler et transmettre": 1 activity read, 2 financial read (skipped when not requested), 3 controls justified. */
    public void confirmStep(int step) {
        requireState(DeclarationState.IN_APPROVAL);
        if (step < 1 || step > LAST_STEP || step != nextStep()) {
            throw RuleViolation.of("declaration.step.order", nextStep());
        }
        approvalStep = step;
    }

    /** The next step the approver has to confirm (4: the summary and transmission). */
    public int nextStep() {
        int next = approvalStep + 1;
        return next == 2 && !financialRequested() ? 3 : next;
    }

    /** A written justification of a raised control, by a provider while entering or by the approver. */
    public void justify(String controlCode, String text, Author author, Instant at) {
        if (!state.openToProviders() && state != DeclarationState.IN_APPROVAL) {
            throw RuleViolation.of("declaration.justify.wrongState", state.label());
        }
        String justification = text(text, "declaration.justification.required");
        justificationOf(controlCode)
                .orElseGet(() -> {
                    ControlJustification created = new ControlJustification(controlCode);
                    justifications.add(created);
                    return created;
                })
                .write(justification, author.login(), at);
    }

    /** The approver's sworn transmission to the Caf, with the estimate frozen as it stands. */
    public void transmit(
            Author author,
            Instant at,
            boolean sworn,
            Collection<String> raisedControls,
            BigDecimal estimateTotal,
            String estimate) {
        requireState(DeclarationState.IN_APPROVAL);
        if (approvalStep < LAST_STEP) {
            throw RuleViolation.of("declaration.transmit.stepsMissing");
        }
        if (requestedForms().anyMatch(form -> form.getState() != FormState.IN_APPROVAL)) {
            throw RuleViolation.of("declaration.transmit.formsNotBack");
        }
        List<String> unjustified = raisedControls.stream()
                .filter(code -> justificationOf(code).isEmpty())
                .toList();
        if (!unjustified.isEmpty()) {
            throw RuleViolation.of("declaration.transmit.unjustified", String.join(", ", unjustified));
        }
        if (!sworn) {
            throw RuleViolation.of("declaration.transmit.sworn");
        }
        requestedForms().forEach(form -> form.moveTo(FormState.COMPLETE));
        frozenTotal = estimateTotal;
        frozenEstimate = estimate;
        controlsRaised = raisedControls.size();
        transmittedAt = at;
        transmittedBy = author.login();
        move(DeclarationState.TRANSMITTED, author, at, "Transmise à la Caf (déclaration sur l'honneur)", null, null);
    }

    /** The Caf reviewer sends the declaration back "À revoir" with the reasons. */
    public void returnForReview(String reasons, Author author, Instant at) {
        requireState(DeclarationState.TRANSMITTED);
        String text = text(reasons, "declaration.review.reasonsRequired");
        frozenTotal = null;
        frozenEstimate = null;
        controlsRaised = null;
        approvalStep = 0;
        move(DeclarationState.TO_REVIEW, author, at, "Renvoyée au partenaire : à revoir", null, text);
    }

    /** The Caf reviewer validates: the declaration is locked with its frozen estimate. */
    public void validate(String comment, Author author, Instant at) {
        requireState(DeclarationState.TRANSMITTED);
        String text = comment == null || comment.isBlank() ? null : text(comment, "declaration.review.reasonsRequired");
        validatedAt = at;
        validatedBy = author.login();
        move(DeclarationState.VALIDATED, author, at, "Validée par la Caf", null, text);
    }

    /** Opened by a call for declarations. */
    public void openedBy(long campaign) {
        this.campaignId = campaign;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    /** The Caf agent in charge of reviewing it (null: nobody yet). */
    public void assignReviewer(String login) {
        this.reviewer = login;
    }

    public String getReviewer() {
        return reviewer;
    }

    public boolean financialRequested() {
        return forms.stream()
                .anyMatch(form -> form.getKind() == FormKind.FINANCIAL && form.getState() != FormState.NOT_REQUESTED);
    }

    public Optional<DeclarationForm> form(long formId) {
        return forms.stream()
                .filter(form -> form.getId() != null && form.getId() == formId)
                .findFirst();
    }

    public Optional<ControlJustification> justificationOf(String controlCode) {
        return justifications.stream()
                .filter(j -> j.getControlCode().equals(controlCode))
                .findFirst();
    }

    private Stream<DeclarationForm> requestedForms() {
        return forms.stream().filter(form -> form.getState() != FormState.NOT_REQUESTED);
    }

    private void guardEntry(DeclarationForm form, boolean byApprover) {
        Optional<RuleViolation> refused = entryRefused(form, byApprover);
        if (refused.isPresent()) {
            throw refused.get();
        }
    }

    /** Why values may not be written into this form now (by its providers, or by the approver), if they may not. */
    public Optional<RuleViolation> entryRefused(DeclarationForm form, boolean byApprover) {
        requireOwn(form);
        if (form.getState() == FormState.NOT_REQUESTED) {
            return Optional.of(RuleViolation.of("declaration.form.notRequested", form.getLabel()));
        }
        boolean allowed = byApprover
                ? state == DeclarationState.IN_APPROVAL
                : state.openToProviders()
                        || (state == DeclarationState.IN_APPROVAL && form.getState() == FormState.SENT_BACK);
        return allowed
                ? Optional.empty()
                : Optional.of(RuleViolation.of(
                        "declaration.entry.closed",
                        form.getLabel(),
                        state.label(),
                        form.getState().label()));
    }

    private void requireOwn(DeclarationForm form) {
        if (form.getDeclaration() != this) {
            throw new IllegalArgumentException("Form of another declaration");
        }
    }

    private void requireState(DeclarationState expected) {
        if (state != expected) {
            throw RuleViolation.of("declaration.state.expected", expected.label(), state.label());
        }
    }

    private static String text(String value, String requiredKey) {
        if (value == null || value.isBlank()) {
            throw RuleViolation.of(requiredKey);
        }
        if (value.trim().length() > MAX_TEXT) {
            throw RuleViolation.of("declaration.text.tooLong", MAX_TEXT);
        }
        return value.trim();
    }

    private void move(
            DeclarationState next, Author author, Instant at, String action, String formLabel, String comment) {
        DeclarationState from = state;
        state = next;
        record(author, at, action, from, next, formLabel, comment);
    }

    private void record(
            Author author,
            Instant at,
            String action,
            DeclarationState from,
            DeclarationState to,
            String formLabel,
            String comment) {
        history.add(new DeclarationEvent(at, author, action, from, to, formLabel, comment));
    }

    public Long getFacilityId() {
        return facilityId;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public Long getCafId() {
        return cafId;
    }

    public String getFacilityType() {
        return facilityType;
    }

    public int getYear() {
        return year;
    }

    public DeclarationKind getKind() {
        return kind;
    }

    public DeclarationState getState() {
        return state;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public int getApprovalStep() {
        return approvalStep;
    }

    public Instant getTransmittedAt() {
        return transmittedAt;
    }

    public String getTransmittedBy() {
        return transmittedBy;
    }

    public Instant getValidatedAt() {
        return validatedAt;
    }

    public String getValidatedBy() {
        return validatedBy;
    }

    public BigDecimal getFrozenTotal() {
        return frozenTotal;
    }

    /** Coherence controls raised (and justified) at the transmission; null when not transmitted. */
    public Integer getControlsRaised() {
        return controlsRaised;
    }

    public String getFrozenEstimate() {
        return frozenEstimate;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<DeclarationForm> getForms() {
        return List.copyOf(forms);
    }

    public List<DeclarationEvent> getHistory() {
        return List.copyOf(history);
    }

    public List<ControlJustification> getJustifications() {
        return List.copyOf(justifications);
    }
}
