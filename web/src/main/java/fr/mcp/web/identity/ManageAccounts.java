package fr.mcp.web.identity;

import fr.mcp.habilitation.domain.Partner;
import fr.mcp.identity.application.AccountAdministration;
import fr.mcp.identity.application.AccountRow;
import fr.mcp.identity.application.NewAccount;
import fr.mcp.identity.domain.Mobility;
import fr.mcp.web.security.Clients;
import fr.mcp.web.shell.Texts;
import fr.mcp.web.shell.Violations;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.function.LongConsumer;

/** Caf back-office "Comptes": open an account for a partner's user; close, reopen, suspend; new temporary password. */
@Named
@ViewScoped
public class ManageAccounts implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient AccountAdministration administration;

    private Long partnerId;
    private String lastName;
    private String firstName;
    private String email;
    private String emailConfirmation;
    private String phone;
    private Mobility mobility = Mobility.SEDENTARY;
    private LocalDate opensOn = LocalDate.now();
    private LocalDate closesOn;
    private transient List<AccountRow> accounts;

    public String open() {
        try {
            String login = administration.openPartnerAccount(
                    new NewAccount(partnerId, lastName, firstName, email, emailConfirmation, phone, mobility, opensOn, closesOn), Clients.current());
            Texts.info("accounts.opened", login, email.trim());
            clearForm();
        } catch (RuntimeException e) {
            Violations.showOrRethrow(e);
        }
        return null;
    }

    public void close(long accountId) {
        act(accountId, id -> administration.close(id, Clients.current()), "accounts.closed");
    }

    public void reopen(long accountId) {
        act(accountId, id -> administration.reopen(id, Clients.current()), "accounts.reopened");
    }

    public void suspend(long accountId) {
        act(accountId, id -> administration.suspend(id, Clients.current()), "accounts.suspended");
    }

    public void sendTemporaryPassword(long accountId) {
        act(accountId, id -> administration.sendNewTemporaryPassword(id, Clients.current()), "accounts.passwordSent");
    }

    private void act(long accountId, LongConsumer action, String doneKey) {
        try {
            action.accept(accountId);
            Texts.info(doneKey);
        } catch (RuntimeException e) {
            Violations.showOrRethrow(e);
        }
        accounts = null;
    }

    private void clearForm() {
        partnerId = null;
        lastName = null;
        firstName = null;
        email = null;
        emailConfirmation = null;
        phone = null;
        mobility = Mobility.SEDENTARY;
        opensOn = LocalDate.now();
        closesOn = null;
        accounts = null;
    }

    public List<AccountRow> getAccounts() {
        if (accounts == null) {
            accounts = administration.accountsInScope();
        }
        return accounts;
    }

    public List<SelectItem> getPartners() {
        return administration.partnersInScope().stream().map(ManageAccounts::item).toList();
    }

    private static SelectItem item(Partner partner) {
        return new SelectItem(partner.getId(), partner.getName() + " (" + partner.getSiret() + ")");
    }

    public String statusLabel(AccountRow row) {
        return Texts.get("accounts.status." + row.status()) + (row.locked() ? " - " + Texts.get("accounts.locked") : "");
    }

    public Mobility[] getMobilities() {
        return Mobility.values();
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public void setPartnerId(Long partnerId) {
        this.partnerId = partnerId;
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
}
