package fr.mcp.web.feed;

import fr.mcp.feed.application.ImportReportLine;
import fr.mcp.feed.application.ImportSummary;
import fr.mcp.feed.application.Imports;
import fr.mcp.shared.config.BusinessTime;
import fr.mcp.web.api.declaration.ImportsResource;
import fr.mcp.web.shell.Texts;
import fr.mcp.web.shell.Violations;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** "Imports": send a CSV or JSON file of values, then read the reports of one's imports (the whole one as CSV). */
@Named
@ViewScoped
public class ImportsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(BusinessTime.zone());
    static final int SHOWN_LINES = 200;

    @Inject
    private transient Imports imports;

    private transient Part upload;
    private Long selected;
    private transient List<ImportSummary> mine;
    private transient List<ImportReportLine> lines;

    public void send() {
        if (upload == null || upload.getSize() == 0) {
            Texts.error(null, "imports.choose");
            return;
        }
        try (InputStream content = upload.getInputStream()) {
            ImportSummary summary = imports.run(
                    ImportsResource.source(upload.getContentType(), upload.getSubmittedFileName()),
                    upload.getSubmittedFileName(),
                    content);
            if (summary.fileError() != null) {
                Texts.error(null, "imports.refused", summary.fileError());
            } else {
                Texts.info("imports.done", summary.accepted(), summary.rejected(), summary.declarationsApplied());
            }
            select(summary.id());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            Violations.showOrRethrow(e);
        }
    }

    public void select(long importId) {
        selected = importId;
        mine = null;
        lines = null;
    }

    public List<ImportSummary> getMine() {
        if (mine == null) {
            mine = imports.mine(0, 50);
        }
        return mine;
    }

    public ImportSummary getCurrent() {
        return selected == null
                ? null
                : getMine().stream().filter(i -> i.id() == selected).findFirst().orElse(null);
    }

    public List<ImportReportLine> getLines() {
        if (lines == null) {
            lines = selected == null ? List.of() : imports.lines(selected, 0, SHOWN_LINES);
        }
        return lines;
    }

    public int getShownLines() {
        return SHOWN_LINES;
    }

    public String time(Instant at) {
        return at == null ? "—" : TIME.format(at);
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }
}
