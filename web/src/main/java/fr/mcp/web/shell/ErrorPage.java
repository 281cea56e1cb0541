package fr.mcp.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Backs the French error pages. An unexpected error gets an incident id, logged with its stack trace, that the
 * user can quote to support; the user never sees the stack trace.
 */
@Named
@RequestScoped
public class ErrorPage {

    private static final Logger LOG = Logger.getLogger(ErrorPage.class.getName());

    @Inject
    private FacesContext faces;

    private String incidentId;

    public String getIncidentId() {
        if (incidentId == null) {
            incidentId = Incidents.newId();
            Map<String, Object> request = faces.getExternalContext().getRequestMap();
            Throwable error = (Throwable) request.get(RequestDispatcher.ERROR_EXCEPTION);
            LOG.log(
                    Level.SEVERE,
                    "Incident " + incidentId + " on " + request.get(RequestDispatcher.ERROR_REQUEST_URI),
                    error);
        }
        return incidentId;
    }
}
