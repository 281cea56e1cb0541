package fr.mcp.feed.domain;

import fr.mcp.shared.domain.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A line of an import report: what the line said, and whether it entered or why not. */
@Entity
@Table(name = "declaration_import_line")
public class ImportLine extends BaseEntity {

    @Column(name = "import_id")
    private Long importId;

    @Column(name = "line_no")
    private int lineNo;

    @Column(name = "declaration_id")
    private Long declarationId;

    @Column(name = "form_id")
    private Long formId;

    @Column(name = "field_code")
    private String fieldCode;

    @Column(name = "field_value")
    private String fieldValue;

    private boolean accepted;
    private String reason;

    protected ImportLine() {}

    public ImportLine(long importId, ImportRow row, boolean accepted, String reason) {
        this.importId = importId;
        this.lineNo = row.line();
        this.declarationId = row.declarationId();
        this.formId = row.formId();
        this.fieldCode = cut(row.field(), 60);
        this.fieldValue = cut(row.value(), 200);
        this.accepted = accepted;
        this.reason = cut(reason, 500);
    }

    /** The text cut to a column's length, an ellipsis showing the cut. */
    static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public Long getImportId() {
        return importId;
    }

    public int getLineNo() {
        return lineNo;
    }

    public Long getDeclarationId() {
        return declarationId;
    }

    public Long getFormId() {
        return formId;
    }

    public String getFieldCode() {
        return fieldCode;
    }

    public String getFieldValue() {
        return fieldValue;
    }

    public boolean isAccepted() {
        return accepted;
    }

    public String getReason() {
        return reason;
    }
}
