package fr.mcp.web.shell;

import fr.mcp.shared.domain.RuleViolation;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;

/** Shows the French messages of a refused request next to the form. */
public final class Violations {

    private Violations() {}

    /** The rule violation behind an EJB call's exception, or null when it is something else. */
    public static RuleViolation of(Exception exception) {
        Throwable current = exception;
        while (current != null) {
            if (current instanceof RuleViolation violation) {
                return violation;
            }
            current = current instanceof EJBException ejb && ejb.getCause() != null
                    ? ejb.getCause()
                    : current.getCause() == current ? null : current.getCause();
        }
        return null;
    }

    /** Whether the exception comes from an optimistic-lock conflict: someone changed the same data meanwhile. */
    public static boolean isConcurrentChange(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockException
                    || t.getClass().getSimpleName().equals("OptimisticLockException")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Shows the messages when the exception is a rule violation, or explains a concurrent change; anything else is a
     * real error and goes on.
     */
    public static void showOrRethrow(RuntimeException exception) {
        if (isConcurrentChange(exception)) {
            show(RuleViolation.of("concurrent.modification"));
            return;
        }
        RuleViolation violation = of(exception);
        if (violation == null) {
            throw exception;
        }
        show(violation);
    }

    public static void show(RuleViolation violation) {
        FacesContext faces = FacesContext.getCurrentInstance();
        violation
                .messages()
                .forEach(message ->
                        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null)));
        faces.validationFailed();
    }
}
