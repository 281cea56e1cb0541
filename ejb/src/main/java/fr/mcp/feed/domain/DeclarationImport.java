package fr.mcp.feed.domain;

import fr.mcp.shared.domain.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** One import (a file or an API call): who, when, what it held and what entered; its lines are the report. */
@Entity
@Table(name = "declaration_import")
public class DeclarationImport extends BaseEntity {

    @Column(name = "account_id")
    private Long accountId;

    private String login;

    @Column(name = "partner_id")
    private Long partnerId;

    @Enumerated(EnumType.STRING)
    private ImportSource source;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "received_at")
    private Instant receivedAt;

    @Column(name = "line_count")
    private int lineCount;

    @Column(name = "accepted_count")
    private int acceptedCount;

    @Column(name = "rejected_count")
    private int rejectedCount;

    @Column(name = "declarations_applied")
    private int declarationsApplied;

    @Column(name = "file_error")
    private String fileError;

    protected DeclarationImport() {}

    public DeclarationImport(
            long accountId, String login, long partnerId, ImportSource source, String fileName, Instant receivedAt) {
        this.accountId = accountId;
        this.login = login;
        this.partnerId = partnerId;
        this.source = source;
        this.fileName = ImportLine.cut(fileName, 200);
        this.receivedAt = receivedAt;
    }

    /** The file could not be read: nothing applied, the reason kept. */
    public void refuse(String reason) {
        fileError = ImportLine.cut(reason, 500);
    }

    public void count(int lines, int accepted, int rejected, int declarations) {
        lineCount = lines;
        acceptedCount = accepted;
        rejectedCount = rejected;
        declarationsApplied = declarations;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getLogin() {
        return login;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public ImportSource getSource() {
        return source;
    }

    public String getFileName() {
        return fileName;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public int getLineCount() {
        return lineCount;
    }

    public int getAcceptedCount() {
        return acceptedCount;
    }

    public int getRejectedCount() {
        return rejectedCount;
    }

    public int getDeclarationsApplied() {
        return declarationsApplied;
    }

    public String getFileError() {
        return fileError;
    }
}
