package fr.mcp.web.declaration;

import fr.mcp.declaration.application.DeclarationFilter;
import fr.mcp.declaration.application.DeclarationRow;
import fr.mcp.declaration.domain.DeclarationKind;
import fr.mcp.declaration.domain.DeclarationState;
import fr.mcp.habilitation.application.Page;
import fr.mcp.habilitation.domain.FacilityType;
import fr.mcp.web.shell.Violations;
import java.io.Serializable;
import java.util.List;

/** A filtered, paged list of declarations (the partner's tracking board, the Caf's review queue). */
public abstract class DeclarationListView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE_SIZE = 20;

    private Integer year;
    private DeclarationKind kind;
    private String facilityType;
    private DeclarationState state;
    private String text;
    private int first;
    private transient Page<DeclarationRow> page;

    protected abstract Page<DeclarationRow> find(DeclarationFilter filter, int first, int size);

    public Page<DeclarationRow> getPage() {
        if (page == null) {
            try {
                page = find(new DeclarationFilter(year, kind, facilityType, state, text), first, PAGE_SIZE);
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

    public DeclarationKind[] getKinds() {
        return DeclarationKind.values();
    }

    public DeclarationState[] getStates() {
        return DeclarationState.values();
    }

    public FacilityType[] getTypes() {
        return FacilityType.values();
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public DeclarationKind getKind() {
        return kind;
    }

    public void setKind(DeclarationKind kind) {
        this.kind = kind;
    }

    public String getFacilityType() {
        return facilityType;
    }

    public void setFacilityType(String facilityType) {
        this.facilityType = facilityType;
    }

    public DeclarationState getState() {
        return state;
    }

    public void setState(DeclarationState state) {
        this.state = state;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
