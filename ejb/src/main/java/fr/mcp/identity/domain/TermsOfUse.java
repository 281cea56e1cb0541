package fr.mcp.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A published version of the terms of use; the latest one must be accepted at sign-in. */
@Entity
@Table(name = "terms_of_use")
public class TermsOfUse {

    @Id
    private String version;

    private String body;

    @Column(name = "published_at")
    private Instant publishedAt;

    protected TermsOfUse() {}

    public TermsOfUse(String version, String body, Instant publishedAt) {
        this.version = version;
        this.body = body;
        this.publishedAt = publishedAt;
    }

    public String getVersion() {
        return version;
    }

    public String getBody() {
        return body;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
