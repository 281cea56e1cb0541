package fr.mcp.web.habilitation;

import fr.mcp.shared.application.Page;

/** A partner page listing rows paged in the database: filter (back to page 1), previous, next, page numbers. */
public abstract class PagedPartnerView<T> extends PartnerScopedView {

    private static final long serialVersionUID = 1L;

    private int first;
    private transient Page<T> page;

    protected abstract int pageSize();

    /** Reads one page with the current filters. */
    protected abstract Page<T> load(int from, int size);

    public Page<T> getPage() {
        if (page == null) {
            page = load(first, pageSize());
        }
        return page;
    }

    /** The rows will be read again (after a change or a new filter). */
    protected void reload() {
        page = null;
    }

    public void filter() {
        first = 0;
        reload();
    }

    public void next() {
        if (first + pageSize() < getPage().total()) {
            first += pageSize();
        }
        reload();
    }

    public void previous() {
        first = Math.max(0, first - pageSize());
        reload();
    }

    public int getPageNumber() {
        return first / pageSize() + 1;
    }

    public long getPageCount() {
        return Math.max(1, (getPage().total() + pageSize() - 1) / pageSize());
    }

    public boolean isFirstPage() {
        return first == 0;
    }

    public boolean isLastPage() {
        return first + pageSize() >= getPage().total();
    }
}
