package fr.mcp.web.declaration;

import fr.mcp.declaration.application.AttachmentRow;
import fr.mcp.declaration.application.Attachments;
import fr.mcp.declaration.application.CafReview;
import fr.mcp.declaration.application.Comparison;
import fr.mcp.declaration.application.ConcurrentEntry;
import fr.mcp.declaration.application.DeclarationPageData;
import fr.mcp.declaration.application.DeclarationStatistics;
import fr.mcp.declaration.application.DeclarationView;
import fr.mcp.declaration.application.Declarations;
import fr.mcp.declaration.application.FormSaved;
import fr.mcp.declaration.application.FormView;
import fr.mcp.declaration.application.Payments;
import fr.mcp.estimate.domain.PaymentLine;
import fr.mcp.identity.domain.Roles;
import fr.mcp.shared.config.BusinessTime;
import fr.mcp.shared.domain.RuleViolation;
import fr.mcp.web.shell.Texts;
import fr.mcp.web.shell.Violations;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A declaration's page, for providers, approver and Caf agents: forms saved field by field as they are typed
 * (autosave with a visible status), estimate and controls refreshed after each save, the approver's "Contrôler et
 * transmettre" and the Caf's review. Every action is checked again by the services.
 */
@Named
@ViewScoped
public class DeclarationPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm:ss").withZone(BusinessTime.zone());

    @Inject
    private transient Declarations declarations;

    @Inject
    private transient CafReview review;

    @Inject
    private transient Payments payments;

    private transient List<PaymentLine> paymentLines;

    private Long id;
    private DeclarationView view;
    private final Map<Long, Map<String, String>> edits = new HashMap<>();
    private final Map<Long, Long> versions = new HashMap<>();
    private final Map<String, String> status = new HashMap<>();
    private final Map<Long, String> comments = new HashMap<>();
    private final Map<String, String> justifications = new HashMap<>();
    private String reasons;
    private boolean sworn;

    @Inject
    private transient DeclarationStatistics statistics;

    private transient Comparison comparison;

    @Inject
    private transient Attachments attachmentService;

    private transient Part upload;
    private transient List<AttachmentRow> attachments;

    public List<AttachmentRow> getAttachments() {
        if (attachments == null && view != null && getId() != null) {
            attachments = attachmentService.list(getId());
        }
        return attachments == null ? List.of() : attachments;
    }

    /** Providers and approver add documents while the declaration can change. */
    public boolean isMayAttach() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        return view != null
                && !Attachments.LOCKED.contains(view.state())
                && !external.isUserInRole(Roles.CAF_REVIEWER)
                && !external.isUserInRole(Roles.CAF_ADMIN);
    }

    public void attach() {
        if (upload == null) {
            Texts.error(null, "attachments.choose");
            return;
        }
        try (InputStream content = upload.getInputStream()) {
            var added = attachmentService.add(getId(), upload.getSubmittedFileName(), content);
            Texts.info("attachments.added", added.fileName());
            attachments = null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            Violations.showOrRethrow(e);
        }
    }

    /** A size for people: "12 ko", "3,4 Mo". */
    public String size(long bytes) {
        return bytes < 1024 * 1024
                ? Math.max(1, bytes / 1024) + " ko"
                : String.format(Locale.FRANCE, "%.1f Mo", bytes / (1024.0 * 1024.0));
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }

    /** The estimate against similar facilities, read once with the page (null when it cannot be read). */
    public Comparison getComparison() {
        if (comparison == null && view != null && getId() != null) {
            try {
                comparison = statistics.comparison(getId());
            } catch (RuntimeException e) {
                return null;
            }
        }
        return comparison;
    }

    /** Reads the declaration named by the address (?id=); a declaration outside the caller's scope shows only the refusal. */
    public void load() {
        if (view != null) {
            return;
        }
        try {
            DeclarationPageData page = declarations.page(id);
            comparison = page.comparison();
            attachments = page.attachments();
            show(page.view(), true);
        } catch (RuntimeException e) {
            Violations.showOrRethrow(e);
        }
    }

    /** Autosave of one field, as soon as it changes. */
    public void saveField(long formId, String code) {
        Map<String, String> change = new LinkedHashMap<>();
        change.put(code, edits.get(formId).get(code));
        save(formId, change);
    }

    /** Saves every field of a form (the button, and after a concurrent change the person checked). */
    public void saveForm(long formId) {
        save(formId, new LinkedHashMap<>(edits.get(formId)));
    }

    private void save(long formId, Map<String, String> change) {
        try {
            FormSaved saved = declarations.save(id, formId, versions.get(formId), change);
            versions.put(formId, saved.version());
            change.keySet()
                    .forEach(code -> status.put(
                            formId + ":" + code, Texts.get("declaration.saved", TIME.format(saved.savedAt()))));
            read(false);
        } catch (RuntimeException e) {
            RuleViolation violation = Violations.of(e);
            if (violation instanceof ConcurrentEntry conflict) {
                versions.put(formId, conflict.currentVersion());
            }
            change.keySet().forEach(code -> status.put(formId + ":" + code, Texts.get("declaration.notSaved")));
            Violations.showOrRethrow(e);
        }
    }

    public void complete(long formId) {
        act(() -> declarations.complete(id, formId), "declaration.completed");
    }

    public void take() {
        act(() -> declarations.take(id), "declaration.taken");
    }

    public void sendBack(long formId) {
        act(() -> declarations.sendBack(id, formId, comments.get(formId)), "declaration.sentBack");
    }

    public void confirmStep(int step) {
        act(() -> declarations.confirmStep(id, step), "declaration.stepConfirmed");
    }

    public void justify(String code) {
        act(() -> declarations.justify(id, code, justifications.get(code)), "declaration.justified");
    }

    public void transmit() {
        act(() -> declarations.transmit(id, sworn), "declaration.transmitted");
    }

    public void returnForReview() {
        act(() -> review.returnForReview(id, reasons), "declaration.returned");
    }

    public void validate() {
        act(() -> review.validate(id, reasons), "declaration.validated");
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            Texts.info(doneKey);
            read(true);
        } catch (RuntimeException e) {
            Violations.showOrRethrow(e);
            try {
                read(false);
            } catch (RuntimeException ignored) {
                // the message of the refusal is already shown
            }
        }
    }

    private void read(boolean resetEdits) {
        show(declarations.view(id), resetEdits);
    }

    private void show(DeclarationView read, boolean resetEdits) {
        view = read;
        paymentLines = null;
        view.analysis().controls().forEach(control -> {
            if (control.justification() != null) {
                justifications.putIfAbsent(control.code(), control.justification());
            }
        });
        for (FormView form : view.forms()) {
            if (resetEdits || !edits.containsKey(form.id())) {
                Map<String, String> values = new HashMap<>();
                form.fields()
                        .forEach(field ->
                                values.put(field.getCode(), form.values().get(field.getCode())));
                edits.put(form.id(), values);
                versions.put(form.id(), form.version());
            }
        }
    }

    /** Advances and balance of the year, for the Caf's agents (computed when first shown). */
    public List<PaymentLine> getPaymentLines() {
        if (paymentLines == null && view != null && view.actions().payments()) {
            try {
                paymentLines = payments.schedule(id);
            } catch (RuntimeException e) {
                Violations.showOrRethrow(e);
                paymentLines = List.of();
            }
        }
        return paymentLines == null ? List.of() : paymentLines;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public DeclarationView getView() {
        return view;
    }

    public Map<Long, Map<String, String>> getEdits() {
        return edits;
    }

    public Map<String, String> getStatus() {
        return status;
    }

    public Map<Long, String> getComments() {
        return comments;
    }

    public Map<String, String> getJustifications() {
        return justifications;
    }

    public String getReasons() {
        return reasons;
    }

    public void setReasons(String reasons) {
        this.reasons = reasons;
    }

    public boolean isSworn() {
        return sworn;
    }

    public void setSworn(boolean sworn) {
        this.sworn = sworn;
    }
}
