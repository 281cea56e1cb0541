package fr.mcp.controlplan.domain;

import fr.mcp.shared.domain.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A security officer's note on a finding. Never updated. */
@Entity
@Table(name = "finding_comment")
public class FindingComment extends BaseEntity {

    @Column(name = "finding_id")
    private Long findingId;

    private String author;

    @Column(name = "written_at")
    private Instant writtenAt;

    private String body;

    protected FindingComment() {}

    public FindingComment(long findingId, String author, Instant writtenAt, String body) {
        this.findingId = findingId;
        this.author = author;
        this.writtenAt = writtenAt;
        this.body = body;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public String getBody() {
        return body;
    }
}
