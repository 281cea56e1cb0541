package fr.mcp.web.audit;

import fr.mcp.journal.application.JournalQuery;
import fr.mcp.journal.application.JournalRow;
import fr.mcp.journal.application.JournalSearch;
import fr.mcp.web.shell.Violations;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * Caf back-office "Journal d'audit": the three journals of the Caf (security events of its accounts, administrative
 * changes, declaration steps) searched by source, user, partner, action, period, page by page; the same search as CSV.
 */
@Named
@ViewScoped
public class CafJournalView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE_SIZE = 50;

    @Inject
    private transient JournalSearch journal;

    private String source;
    private String login;
    private Long partnerId;
    private String action;
    private LocalDate from;
    private LocalDate to;
    private int page;
    private transient List<JournalRow> rows;

    public List<JournalRow> getRows() {
        if (rows == null) {
            try {
                rows = journal.page(query(), page, PAGE_SIZE);
            } catch (RuntimeException e) {
                Violations.showOrRethrow(e);
                rows = List.of();
            }
        }
        return rows;
    }

    private JournalQuery query() {
        return new JournalQuery(blank(source), blank(login), partnerId, blank(action), from, to);
    }

    public void search() {
        page = 0;
        rows = null;
    }

    public void next() {
        if (getRows().size() == PAGE_SIZE) {
            page++;
        }
        rows = null;
    }

    public void previous() {
        page = Math.max(0, page - 1);
        rows = null;
    }

    public boolean isHasNext() {
        return getRows().size() == PAGE_SIZE;
    }

    public boolean isHasPrevious() {
        return page > 0;
    }

    public int getPageNumber() {
        return page + 1;
    }

    /** The CSV export of the same search. */
    public String getExportUrl() {
        StringBuilder url = new StringBuilder("/api/v1/audit/journal/export?");
        append(url, "source", blank(source));
        append(url, "login", blank(login));
        append(url, "partnerId", partnerId);
        append(url, "action", blank(action));
        append(url, "from", from);
        append(url, "to", to);
        return url.toString();
    }

    private static void append(StringBuilder url, String name, Object value) {
        if (value != null) {
            url.append(name)
                    .append('=')
                    .append(URLEncoder.encode(value.toString(), StandardCharsets.UTF_8))
                    .append('&');
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public void setPartnerId(Long partnerId) {
        this.partnerId = partnerId;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
