package fr.mcp.web.habilitation;

import fr.mcp.habilitation.application.GroupRow;
import fr.mcp.habilitation.application.PartnerGroups;
import fr.mcp.habilitation.application.PartnerUsers;
import fr.mcp.habilitation.application.UserFilter;
import fr.mcp.habilitation.application.UserRow;
import fr.mcp.identity.domain.Mobility;
import fr.mcp.shared.application.Page;
import fr.mcp.web.identity.AccountForm;
import fr.mcp.web.security.Clients;
import fr.mcp.web.shell.Texts;
import fr.mcp.web.shell.Violations;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.function.LongConsumer;

/** "Mes utilisateurs": filtered list paged in the database, creation in a group, close/reopen, temporary password. */
@Named
@ViewScoped
public class PartnerUsersView extends PagedPartnerView<UserRow> {

    private static final long serialVersionUID = 1L;

    @Override
    protected void probe() {
        getPage();
    }

    @Inject
    private transient PartnerUsers users;

    @Inject
    private transient PartnerGroups groups;

    private String login;
    private String lastNameFilter;
    private String firstNameFilter;
    private Long groupFilter;
    private transient List<GroupRow> groupRows;

    private Long groupId;
    private AccountForm newUser = new AccountForm();
    private UserEditForm edit;

    @Override
    protected int pageSize() {
        return 20;
    }

    @Override
    protected Page<UserRow> load(int from, int size) {
        return users.search(partnerId, new UserFilter(login, lastNameFilter, firstNameFilter, groupFilter), from, size);
    }

    public List<GroupRow> getGroups() {
        if (groupRows == null) {
            groupRows = groups.groups(partnerId);
        }
        return groupRows;
    }

    public void create() {
        try {
            String created = users.create(partnerId, newUser.toNewAccount(partnerId), groupId, Clients.current());
            Texts.info("accounts.opened", created, newUser.getEmail().trim());
            newUser = new AccountForm();
            reload();
        } catch (RuntimeException e) {
            Violations.showOrRethrow(e);
        }
    }

    public void close(long accountId) {
        act(accountId, id -> users.close(partnerId, id, Clients.current()), "accounts.closed");
    }

    public void reopen(long accountId) {
        act(accountId, id -> users.reopen(partnerId, id, Clients.current()), "accounts.reopened");
    }

    public void sendTemporaryPassword(long accountId) {
        act(accountId, id -> users.sendTemporaryPassword(partnerId, id, Clients.current()), "accounts.passwordSent");
    }

    private void act(long accountId, LongConsumer action, String doneKey) {
        try {
            action.accept(accountId);
            Texts.info(doneKey);
        } catch (RuntimeException e) {
            Violations.showOrRethrow(e);
        }
        reload();
    }

    /** Opens the edit form on the row as read now (inputs left from an earlier refused save are reset). */
    public void startEdit(UserRow row) {
        resetEditInputs();
        edit = UserEditForm.of(row);
    }

    public void cancelEdit() {
        resetEditInputs();
        edit = null;
    }

    private static void resetEditInputs() {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().resetValues(faces, List.of("editUser"));
    }

    public void saveEdit() {
        try {
            users.update(partnerId, edit.getId(), edit.toEdit(), Clients.current());
            Texts.info("users.edited");
            edit = null;
            reload();
        } catch (RuntimeException e) {
            Violations.showOrRethrow(e);
        }
    }

    public AccountForm getNewUser() {
        return newUser;
    }

    public UserEditForm getEdit() {
        return edit;
    }

    public String groupsOf(UserRow row) {
        return String.join(", ", row.groups());
    }

    public Mobility[] getMobilities() {
        return Mobility.values();
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getLastNameFilter() {
        return lastNameFilter;
    }

    public void setLastNameFilter(String lastNameFilter) {
        this.lastNameFilter = lastNameFilter;
    }

    public String getFirstNameFilter() {
        return firstNameFilter;
    }

    public void setFirstNameFilter(String firstNameFilter) {
        this.firstNameFilter = firstNameFilter;
    }

    public Long getGroupFilter() {
        return groupFilter;
    }

    public void setGroupFilter(Long groupFilter) {
        this.groupFilter = groupFilter;
    }

    public Long getGroupId() {
        return groupId;
    }

    public void setGroupId(Long groupId) {
        this.groupId = groupId;
    }
}
