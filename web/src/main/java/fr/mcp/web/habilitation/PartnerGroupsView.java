package fr.mcp.web.habilitation;

import fr.mcp.habilitation.application.GroupRow;
import fr.mcp.habilitation.application.NewGroup;
import fr.mcp.habilitation.application.PartnerGroups;
import fr.mcp.habilitation.application.PartnerUsers;
import fr.mcp.habilitation.application.UserFilter;
import fr.mcp.habilitation.application.UserRow;
import fr.mcp.habilitation.domain.ApplicationRole;
import fr.mcp.identity.domain.UserAccount;
import fr.mcp.shared.application.Page;
import fr.mcp.web.security.Clients;
import fr.mcp.web.shell.Texts;
import fr.mcp.web.shell.Violations;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** "Mes groupes": create a group with its role and manager; add and remove members; name or remove the manager. */
@Named
@ViewScoped
public class PartnerGroupsView extends PartnerScopedView {

    private static final long serialVersionUID = 1L;

    @Override
    protected void probe() {
        getGroups();
    }

    @Inject
    private transient PartnerGroups groups;

    @Inject
    private transient PartnerUsers users;

    private String name;
    private ApplicationRole applicationRole;
    private Long managerId;
    private final Map<Long, String> memberToAdd = new HashMap<>();
    private final Map<Long, String> managerToName = new HashMap<>();
    private transient List<GroupRow> rows;
    private transient List<UserRow> candidates;

    public List<GroupRow> getGroups() {
        if (rows == null) {
            rows = groups.groups(partnerId);
        }
        return rows;
    }

    public List<UserAccount> members(long groupId) {
        return groups.members(partnerId, groupId);
    }

    /** Open users the caller may put in a group (first 200 by name; the list screen searches further). */
    public List<UserRow> getCandidates() {
        if (candidates == null) {
            Page<UserRow> page = users.search(partnerId, UserFilter.none(), 0, 200);
            candidates = page.rows().stream()
                    .filter(row -> "OPEN".equals(row.status()))
                    .toList();
        }
        return candidates;
    }

    public void create() {
        run(
                () -> groups.create(partnerId, new NewGroup(name, applicationRole, managerId), Clients.current()),
                "groups.created");
        if (!FacesContext.getCurrentInstance().isValidationFailed()) {
            name = null;
            applicationRole = null;
            managerId = null;
        }
    }

    public void addMember(long groupId) {
        Long accountId = idOf(memberToAdd.get(groupId));
        if (accountId == null) {
            Texts.error(null, "groups.member.choose");
            return;
        }
        run(() -> groups.addMember(partnerId, groupId, accountId, Clients.current()), "groups.member.added");
    }

    public void removeMember(long groupId, long accountId) {
        run(() -> groups.removeMember(partnerId, groupId, accountId, Clients.current()), "groups.member.removed");
    }

    public void nameManager(long groupId) {
        Long accountId = idOf(managerToName.get(groupId));
        if (accountId == null) {
            Texts.error(null, "groups.member.choose");
            return;
        }
        run(() -> groups.nameManager(partnerId, groupId, accountId, Clients.current()), "groups.manager.named");
    }

    public void removeManager(long groupId) {
        run(() -> groups.removeManager(partnerId, groupId, Clients.current()), "groups.manager.removed");
    }

    private static Long idOf(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void run(Runnable action, String doneKey) {
        try {
            action.run();
            Texts.info(doneKey);
        } catch (RuntimeException e) {
            Violations.showOrRethrow(e);
        }
        rows = null;
    }

    public ApplicationRole[] getApplicationRoles() {
        return ApplicationRole.values();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ApplicationRole getApplicationRole() {
        return applicationRole;
    }

    public void setApplicationRole(ApplicationRole applicationRole) {
        this.applicationRole = applicationRole;
    }

    public Long getManagerId() {
        return managerId;
    }

    public void setManagerId(Long managerId) {
        this.managerId = managerId;
    }

    public Map<Long, String> getMemberToAdd() {
        return memberToAdd;
    }

    public Map<Long, String> getManagerToName() {
        return managerToName;
    }
}
