package fr.mcp.web.identity;

import fr.mcp.identity.application.NewAccount;
import fr.mcp.identity.domain.Mobility;
import java.io.Serializable;
import java.time.LocalDate;

/** The fields of a user's record as typed in a form (open an account, or correct one). */
public class AccountForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String lastName;
    private String firstName;
    private String email;
    private String emailConfirmation;
    private String phone;
    private Mobility mobility = Mobility.SEDENTARY;
    private LocalDate opensOn = LocalDate.now();
    private LocalDate closesOn;

    public NewAccount toNewAccount(Long partnerId) {
        return new NewAccount(
                partnerId, lastName, firstName, email, emailConfirmation, phone, mobility, opensOn, closesOn);
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
