package fr.mcp.web.declaration;

import fr.mcp.declaration.application.DeclarationFilter;
import fr.mcp.declaration.application.DeclarationLists;
import fr.mcp.declaration.application.DeclarationRow;
import fr.mcp.declaration.domain.DeclarationKind;
import fr.mcp.declaration.domain.DeclarationState;
import fr.mcp.habilitation.domain.FacilityType;
import fr.mcp.shared.application.Page;
import fr.mcp.web.shell.PagedList;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A filtered, paged list of declarations (the partner's tracking board, the Caf's review queue). */
public abstract class DeclarationListView extends PagedList<DeclarationRow> {

    private static final long serialVersionUID = 1L;

    private Integer year;
    private DeclarationKind kind;
    private String facilityType;
    private DeclarationState state;
    private String text;

    protected abstract Page<DeclarationRow> find(DeclarationFilter filter, int first, int size);

    @Override
    protected Page<DeclarationRow> find(int first, int size) {
        return find(filter(), first, size);
    }

    /** The filters as chosen on the page. */
    protected DeclarationFilter filter() {
        return new DeclarationFilter(year, kind, facilityType, state, text);
    }

    /** Whether rows can be selected for bulk actions (the Caf's queue). */
    public boolean isSelectable() {
        return false;
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

    /** The address of the export of the list as filtered now (csv or xlsx): the same filters, every row. */
    public String exportUrl(String format) {
        StringBuilder url = new StringBuilder("/api/v1/declarations/export?format=").append(format);
        append(url, "year", year);
        append(url, "kind", kind);
        append(url, "facilityType", facilityType);
        append(url, "state", state);
        append(url, "text", text);
        exportFilters(url);
        return url.toString();
    }

    /** The filters a list adds to the common ones in its export's address. */
    protected void exportFilters(StringBuilder url) {}

    protected static void append(StringBuilder url, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            url.append('&')
                    .append(name)
                    .append('=')
                    .append(URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
        }
    }

    /** The total, or "plus de N" when the count stopped (see {@code DeclarationLists.COUNT_CAP}). */
    public String getTotalLabel() {
        long total = getPage().total();
        long cap = getPage().first() + (long) DeclarationLists.COUNT_CAP;
        return total > cap ? "plus de " + cap : String.valueOf(total);
    }
}
