package fr.mcp.declaration.domain;

import fr.mcp.shared.domain.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** The written justification of a raised coherence control, by whom and when. */
@Entity
@Table(name = "control_justification")
public class ControlJustification extends BaseEntity {

    @Column(name = "control_code")
    private String controlCode;

    private String justification;

    @Column(name = "justified_by")
    private String justifiedBy;

    @Column(name = "justified_at")
    private Instant justifiedAt;

    protected ControlJustification() {}

    ControlJustification(String controlCode) {
        this.controlCode = controlCode;
    }

    void write(String text, String login, Instant at) {
        justification = text;
        justifiedBy = login;
        justifiedAt = at;
    }

    public String getControlCode() {
        return controlCode;
    }

    public String getJustification() {
        return justification;
    }

    public String getJustifiedBy() {
        return justifiedBy;
    }

    public Instant getJustifiedAt() {
        return justifiedAt;
    }
}
