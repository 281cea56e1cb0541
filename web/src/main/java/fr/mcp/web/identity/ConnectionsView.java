package fr.mcp.web.identity;

import fr.mcp.identity.application.OwnConnections;
import fr.mcp.identity.application.OwnConnections.Connection;
import fr.mcp.web.documents.ConnectionsCsv;
import fr.mcp.web.shell.Violations;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** "Mes connexions": the signed-in user's own connection history over 90 days, and its download as CSV over a year. */
@Named
@ViewScoped
public class ConnectionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient OwnConnections connections;

    private transient List<Connection> recent;

    public List<Connection> getRecent() {
        if (recent == null) {
            try {
                recent = connections.mine(90).stream().limit(200).toList();
            } catch (RuntimeException e) {
                Violations.showOrRethrow(e);
                recent = List.of();
            }
        }
        return recent;
    }

    public String when(Connection connection) {
        return ConnectionsCsv.TIME.format(connection.at());
    }

    public void download() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        List<Connection> rows = connections.mine(OwnConnections.MAX_DAYS);
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseCharacterEncoding(StandardCharsets.UTF_8.name());
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + ConnectionsCsv.fileName() + "\"");
        try {
            ConnectionsCsv.write(external.getResponseOutputWriter(), rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
