package fr.mcp.web.api;

import fr.mcp.declaration.application.ConcurrentEntry;
import fr.mcp.shared.domain.Forbidden;
import fr.mcp.shared.domain.OutOfScope;
import fr.mcp.shared.domain.RuleViolation;
import fr.mcp.web.shell.Incidents;
import fr.mcp.web.shell.Violations;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every other exception: JAX-RS statuses keep their code with a French message; a refused EJB call is a 403;
 * validation wrapped by an EJB is a 400; anything else is a 500 with an incident id, logged with its stack trace.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Override
    public Response toResponse(Exception exception) {
        Throwable cause = unwrap(exception);
        if (cause instanceof ConstraintViolationException violations) {
            return new ConstraintViolationMapper().toResponse(violations);
        }
        if (isUnreadableBody(exception)) {
            return json(
                    400,
                    ApiError.of(
                            400,
                            List.of(
                                    "Le corps de la requête n'est pas un JSON valide ou ne correspond pas au format attendu.")));
        }
        if (cause instanceof OutOfScope violation) {
            return json(404, ApiError.of(404, violation.messages()));
        }
        if (cause instanceof Forbidden violation) {
            return json(403, ApiError.of(403, violation.messages()));
        }
        if (cause instanceof ConcurrentEntry conflict) {
            return json(409, ApiError.of(409, conflict.messages()));
        }
        if (Violations.isConcurrentChange(exception)) {
            return json(409, ApiError.of(409, List.of(RuleViolation.message("concurrent.modification"))));
        }
        if (cause instanceof RuleViolation violation) {
            return json(400, ApiError.of(400, violation.messages()));
        }
        if (cause instanceof EJBAccessException) {
            return json(403, ApiError.of(403, List.of("Vous n'avez pas les droits nécessaires pour cette opération.")));
        }
        if (cause instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            return json(status, ApiError.of(status, List.of(messageFor(status))));
        }
        String incident = Incidents.newId();
        LOG.log(Level.SEVERE, "Incident " + incident + " in the REST API", exception);
        return json(
                500,
                new ApiError(
                        500,
                        List.of("Une erreur inattendue est survenue. Référence de l'incident : " + incident + "."),
                        incident));
    }

    private static Throwable unwrap(Throwable exception) {
        Throwable current = exception;
        while (current instanceof EJBException && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static boolean isUnreadableBody(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonbException || t instanceof JsonException || t instanceof ProcessingException) {
                return true;
            }
        }
        return false;
    }

    private static String messageFor(int status) {
        return switch (status) {
            case 400 -> "La requête est mal formée.";
            case 401 -> "Authentification requise.";
            case 403 -> "Vous n'avez pas les droits nécessaires pour cette opération.";
            case 404 -> "La ressource demandée n'existe pas.";
            case 405 -> "Cette méthode n'est pas permise sur cette ressource.";
            case 406, 415 -> "Le format demandé ou envoyé n'est pas pris en charge (JSON attendu).";
            default -> "La requête n'a pas pu être traitée.";
        };
    }

    private static Response json(int status, ApiError error) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(error)
                .build();
    }
}
