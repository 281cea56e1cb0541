package fr.mcp.web.habilitation;

import fr.mcp.habilitation.application.GroupRow;
import fr.mcp.habilitation.application.Page;
import fr.mcp.habilitation.application.PartnerGroups;
import fr.mcp.habilitation.application.PartnerUsers;
import fr.mcp.habilitation.application.UserFilter;
import fr.mcp.habilitation.application.UserRow;
import fr.mcp.identity.application.NewAccount;
import fr.mcp.identity.domain.Mobility;
import fr.mcp.web.security.Clients;
import fr.mcp.web.shell.Texts;
import fr.mcp.web.shell.Violations;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.function.LongConsumer;

/** "Mes utilisateurs": filtered list paged in the database, creation in a group, close/reopen, temporary password. */
@Named
@ViewScoped
public class PartnerUsersView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 20;

    @Inject
    private transient PartnerUsers users;

    @Inject
    private transient PartnerGroups groups;

    private String login;
    private String lastNameFilter;
    private String firstNameFilter;
    private Long groupFilter;
    private int first;
    private transient Page<UserRow> page;
    private transient List<GroupRow> groupRows;

    private String lastName;
    private String firstName;
    private String email;
    private String emailConfirmation;
    private String phone;
    private Mobility mobility = Mobility.SEDENTARY;
    private LocalDate opensOn = LocalDate.now();
    private LocalDate closesOn;
    private Long groupId;

    public void filter() {
        first = 0;
        page = null;
    }

    public void next() {
        if (first + PAGE_SIZE < getPage().total()) {
            first += PAGE_SIZE;
        }
        page = null;
    }

    public void previous() {
        first = Math.max(0, first - PAGE_SIZE);
        page = null;
    }

    public Page<UserRow> getPage() {
        if (page == null) {
            page = users.search(null, new UserFilter(login, lastNameFilter, firstNameFilter, groupFilter), first, PAGE_SIZE);
        }
        return page;
    }

    public int getPageNumber() {
        return first / PAGE_SIZE + 1;
    }

    public long getPageCount() {
        return Math.max(1, (getPage().total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public List<GroupRow> getGroups() {
        if (groupRows == null) {
            groupRows = groups.groups(null);
        }
        return groupRows;
    }

    public void create() {
        try {
            String created = users.create(null, new NewAccount(null, lastName, firstName, email, emailConfirmation, phone, mobility, opensOn, closesOn),
                    groupId, Clients.current());
            Texts.info("accounts.opened", created, email.trim());
            lastName = null;
            firstName = null;
            email = null;
            emailConfirmation = null;
            phone = null;
            page = null;
        } catch (RuntimeException e) {
            Violations.showOrRethrow(e);
        }
    }

    public void close(long accountId) {
        act(accountId, id -> users.close(null, id, Clients.current()), "accounts.closed");
    }

    public void reopen(long accountId) {
        act(accountId, id -> users.reopen(null, id, Clients.current()), "accounts.reopened");
    }

    public void sendTemporaryPassword(long accountId) {
        act(accountId, id -> users.sendTemporaryPassword(null, id, Clients.current()), "accounts.passwordSent");
    }

    private void act(long accountId, LongConsumer action, String doneKey) {
        try {
            action.accept(accountId);
            Texts.info(doneKey);
        } catch (RuntimeException e) {
            Violations.showOrRethrow(e);
        }
        page = null;
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

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getEmailConfirmation() {
        return emailConfirmation;
    }

    public void setEmailConfirmation(String emailConfirmation) {
        this.emailConfirmation = emailConfirmation;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Mobility getMobility() {
        return mobility;
    }

    public void setMobility(Mobility mobility) {
        this.mobility = mobility;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(LocalDate opensOn) {
        this.opensOn = opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(LocalDate closesOn) {
        this.closesOn = closesOn;
    }

    public Long getGroupId() {
        return groupId;
    }

    public void setGroupId(Long groupId) {
        this.groupId = groupId;
    }
}
