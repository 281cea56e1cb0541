package fr.mcp.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A login id once issued; kept forever so that it is never given to someone else. */
@Entity
@Table(name = "issued_login_id")
public class IssuedLoginId {

    @Id
    private String login;

    @Column(name = "issued_at")
    private Instant issuedAt;

    protected IssuedLoginId() {}

    public IssuedLoginId(String login, Instant issuedAt) {
        this.login = login;
        this.issuedAt = issuedAt;
    }

    public String getLogin() {
        return login;
    }
}
