package fr.mcp.web.shell;

import fr.mcp.shared.application.Page;
import java.io.Serializable;
import java.util.List;

/** A filtered list read one page at a time from the database: the page, moving between pages, and "rows x – y / total". */
public abstract class PagedList<T> implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE_SIZE = 20;

    private int first;
    private transient Page<T> page;

    /** The rows of the current filters from {@code first}. */
    protected abstract Page<T> find(int first, int size);

    public Page<T> getPage() {
        if (page == null) {
            try {
                page = find(first, PAGE_SIZE);
            } catch (RuntimeException e) {
                Violations.showOrRethrow(e);
                page = new Page<>(List.of(), 0, 0, PAGE_SIZE);
            }
        }
        return page;
    }

    public void search() {
        first = 0;
        page = null;
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

    public boolean isHasNext() {
        return first + PAGE_SIZE < getPage().total();
    }

    public boolean isHasPrevious() {
        return first > 0;
    }

    public int getFrom() {
        return getPage().total() == 0 ? 0 : first + 1;
    }

    public long getTo() {
        return Math.min(first + PAGE_SIZE, getPage().total());
    }
}
