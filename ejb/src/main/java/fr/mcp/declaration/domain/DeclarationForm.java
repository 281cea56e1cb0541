package fr.mcp.declaration.domain;

import fr.mcp.shared.domain.BaseEntity;
import fr.mcp.shared.domain.RuleViolation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** An activity form (one per site) or the financial form of a declaration: its values as typed, and its state. */
@Entity
@Table(name = "declaration_form")
public class DeclarationForm extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "declaration_id")
    private Declaration declaration;

    @Enumerated(EnumType.STRING)
    private FormKind kind;

    @Column(name = "site_id")
    private Long siteId;

    private String label;

    @Enumerated(EnumType.STRING)
    private FormState state;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "form_value", joinColumns = @JoinColumn(name = "form_id"))
    @MapKeyColumn(name = "code")
    @Column(name = "field_value")
    private Map<String, String> values = new HashMap<>();

    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "sent_back_comment")
    private String sentBackComment;

    protected DeclarationForm() {}

    DeclarationForm(Declaration declaration, FormKind kind, Long siteId, String label) {
        this.declaration = declaration;
        this.kind = kind;
        this.siteId = siteId;
        this.label = label;
        this.state = FormState.TO_ENTER;
    }

    /** Replaces the typed values (blank removes a value); the caller checked the rights, the values and the version. */
    void write(Map<String, String> changes, String login, Instant at) {
        changes.forEach((code, value) -> {
            if (value == null || value.isBlank()) {
                values.remove(code);
            } else {
                values.put(code, value.trim());
            }
        });
        updatedBy = login;
        updatedAt = at;
        if (state == FormState.TO_ENTER || state == FormState.COMPLETE) {
            state = FormState.IN_PROGRESS;
        }
    }

    void moveTo(FormState next) {
        state = next;
    }

    void sendBack(String comment) {
        if (state != FormState.IN_APPROVAL) {
            throw RuleViolation.of("declaration.form.notInApproval", label);
        }
        state = FormState.SENT_BACK;
        sentBackComment = comment;
    }

    void complete(boolean inApproval) {
        if (state != FormState.IN_PROGRESS && state != FormState.SENT_BACK && state != FormState.TO_ENTER) {
            throw RuleViolation.of("declaration.form.cannotComplete", label, state.label());
        }
        state = inApproval ? FormState.IN_APPROVAL : FormState.COMPLETE;
        sentBackComment = null;
    }

    public Declaration getDeclaration() {
        return declaration;
    }

    public FormKind getKind() {
        return kind;
    }

    public Long getSiteId() {
        return siteId;
    }

    public String getLabel() {
        return label;
    }

    public FormState getState() {
        return state;
    }

    public Map<String, String> getValues() {
        return Map.copyOf(values);
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getSentBackComment() {
        return sentBackComment;
    }
}
