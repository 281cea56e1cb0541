package fr.mcp.web.habilitation;

import fr.mcp.audit.domain.AuditEntry;
import fr.mcp.habilitation.application.PartnerJournal;
import fr.mcp.shared.application.Page;
import fr.mcp.shared.config.BusinessTime;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;

/** "Journal des actions" of the partner, newest first, paged in the database. */
@Named
@ViewScoped
public class JournalView extends PagedPartnerView<AuditEntry> {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(BusinessTime.zone());

    @Override
    protected void probe() {
        getPage();
    }

    @Inject
    private transient PartnerJournal journal;

    @Override
    protected int pageSize() {
        return 50;
    }

    @Override
    protected Page<AuditEntry> load(int from, int size) {
        return journal.entries(partnerId, from, size);
    }

    public String when(AuditEntry entry) {
        return WHEN.format(entry.getOccurredAt());
    }
}
