package fr.mcp.shared.domain;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

/** Identity from the shared database sequence, and the version column behind optimistic locking. */
@MappedSuperclass
public abstract class BaseEntity {

    @Id
    @SequenceGenerator(name = "mcp_seq", sequenceName = "MCP_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mcp_seq")
    private Long id;

    @Version
    private long version;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }
}
