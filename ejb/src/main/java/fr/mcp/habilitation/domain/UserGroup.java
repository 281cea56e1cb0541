package fr.mcp.habilitation.domain;

import fr.mcp.shared.domain.BaseEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;

/** A group of a partner's users for one subscribed service; rights come from groups only. */
@Entity
@Table(name = "user_group")
public class UserGroup extends BaseEntity {

    @Column(name = "partner_id")
    private Long partnerId;

    private String name;

    @Enumerated(EnumType.STRING)
    private Service service;
    /** The security role its members get, e.g. AFAS_DECLARER. */
    @Column(name = "application_role")
    private String applicationRole;

    @Column(name = "manager_id")
    private Long managerId;

    @ElementCollection
    @CollectionTable(name = "group_member", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "account_id")
    private Set<Long> memberIds = new HashSet<>();

    protected UserGroup() {}

    public UserGroup(long partnerId, String name, Service service, String applicationRole) {
        this.partnerId = partnerId;
        this.name = name;
        this.service = service;
        this.applicationRole = applicationRole;
    }

    public void addMember(long accountId) {
        memberIds.add(accountId);
    }

    public boolean removeMember(long accountId) {
        return memberIds.remove(accountId);
    }

    public boolean hasMember(long accountId) {
        return memberIds.contains(accountId);
    }

    public void removeManager() {
        this.managerId = null;
    }

    /** At most one manager per group: naming one replaces the previous one. */
    public void nameManager(long accountId) {
        this.managerId = accountId;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public String getName() {
        return name;
    }

    public Service getService() {
        return service;
    }

    public String getApplicationRole() {
        return applicationRole;
    }

    public Long getManagerId() {
        return managerId;
    }

    public Set<Long> getMemberIds() {
        return Set.copyOf(memberIds);
    }
}
