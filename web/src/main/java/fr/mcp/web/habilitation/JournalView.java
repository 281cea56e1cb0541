package fr.mcp.web.habilitation;

import fr.mcp.audit.domain.AuditEntry;
import fr.mcp.habilitation.application.Page;
import fr.mcp.habilitation.application.PartnerJournal;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** "Journal des actions" of the partner, newest first, paged in the database. */
@Named
@ViewScoped
public class JournalView extends PartnerScopedView {

    private static final long serialVersionUID = 1L;
    private static final int PAGE_SIZE = 50;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(ZoneId.of("Europe/Paris"));

    @Override
    protected void probe() {
        getPage();
    }

    @Inject
    private transient PartnerJournal journal;

    private int first;
    private transient Page<AuditEntry> page;

    public Page<AuditEntry> getPage() {
        if (page == null) {
            page = journal.entries(partnerId, first, PAGE_SIZE);
        }
        return page;
    }

    public String when(AuditEntry entry) {
        return WHEN.format(entry.getOccurredAt());
    }

    public void next() {
        if (first + PAGE_SIZE < getPage().total()) {
            first += PAGE_SIZE;
        }
        page = null;
    }

    public void previous() {
        first = Math.max(0, first - PAGE_SIZE);
        page = null;
    }

    public boolean isFirstPage() {
        return first == 0;
    }

    public boolean isLastPage() {
        return first + PAGE_SIZE >= getPage().total();
    }
}
