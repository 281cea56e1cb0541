package fr.mcp.web.identity;

import fr.mcp.habilitation.application.AccountAdministration;
import fr.mcp.habilitation.application.AccountRow;
import fr.mcp.habilitation.domain.Partner;
import fr.mcp.identity.domain.Mobility;
import fr.mcp.web.security.Clients;
import fr.mcp.web.shell.Texts;
import fr.mcp.web.shell.Violations;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
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
    private AccountForm form = new AccountForm();
    private transient List<AccountRow> accounts;

    public String open() {
        try {
            String login = administration.openPartnerAccount(form.toNewAccount(partnerId), Clients.current());
            Texts.info("accounts.opened", login, form.getEmail().trim());
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
        form = new AccountForm();
        accounts = null;
    }

    public List<AccountRow> getAccounts() {
        if (accounts == null) {
            accounts = administration.accountsInScope();
        }
        return accounts;
    }

    public List<SelectItem> getPartners() {
        return administration.partnersInScope().stream()
                .map(ManageAccounts::item)
                .toList();
    }

    private static SelectItem item(Partner partner) {
        return new SelectItem(partner.getId(), partner.getName() + " (" + partner.getSiret() + ")");
    }

    public String statusLabel(AccountRow row) {
        return Texts.get("accounts.status." + row.status())
                + (row.locked() ? " - " + Texts.get("accounts.locked") : "");
    }

    public Mobility[] getMobilities() {
        return Mobility.values();
    }

    public AccountForm getForm() {
        return form;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public void setPartnerId(Long partnerId) {
        this.partnerId = partnerId;
    }
}
