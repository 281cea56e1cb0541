package fr.mcp.web.habilitation;

import fr.mcp.habilitation.application.AccountEdit;
import fr.mcp.habilitation.application.UserRow;
import fr.mcp.identity.domain.Mobility;
import fr.mcp.web.identity.AccountForm;

/** The edit form of a user's record, holding the version read so that a concurrent change is refused. */
public class UserEditForm extends AccountForm {

    private static final long serialVersionUID = 1L;

    private long id;
    private long version;
    private String login;

    static UserEditForm of(UserRow row) {
        UserEditForm form = new UserEditForm();
        form.id = row.id();
        form.version = row.version();
        form.login = row.login();
        form.setLastName(row.lastName());
        form.setFirstName(row.firstName());
        form.setEmail(row.email());
        form.setEmailConfirmation(row.email());
        form.setPhone(row.phone());
        form.setMobility(Mobility.valueOf(row.mobility()));
        form.setOpensOn(row.opensOn());
        form.setClosesOn(row.closesOn());
        return form;
    }

    AccountEdit toEdit() {
        return new AccountEdit(
                getLastName(),
                getFirstName(),
                getEmail(),
                getEmailConfirmation(),
                getPhone(),
                getMobility(),
                getOpensOn(),
                getClosesOn(),
                version);
    }

    public long getId() {
        return id;
    }

    public String getLogin() {
        return login;
    }
}
