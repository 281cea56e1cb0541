package fr.mcp.web.identity;

import fr.mcp.identity.application.PasswordRecoveryService;
import fr.mcp.web.security.Clients;
import fr.mcp.web.security.ProofOfWork;
import fr.mcp.web.shell.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** "Mot de passe oublié": e-mail address + proof-of-work captcha; the same answer whatever the address. */
@Named
@RequestScoped
public class ForgottenPassword {

    @Inject
    private PasswordRecoveryService recovery;

    @Inject
    private ProofOfWork proofOfWork;

    @NotBlank(message = "{mail.recipient.required}")
    @Email(message = "{mail.recipient.invalid}")
    @Size(max = 254, message = "{mail.recipient.tooLong}")
    private String email;

    private String challenge;
    private String solution;
    private boolean sent;

    public String submit() {
        if (!proofOfWork.verify(challenge, solution)) {
            challenge = null;
            Texts.error(null, "forgotten.captchaFailed");
            return null;
        }
        recovery.request(email.trim(), Clients.current());
        sent = true;
        Texts.info("forgotten.sent");
        return null;
    }

    /** The challenge of the form: a new one for each page shown. */
    public String getChallenge() {
        if (challenge == null) {
            challenge = proofOfWork.challenge();
        }
        return challenge;
    }

    public void setChallenge(String challenge) {
        this.challenge = challenge;
    }

    public String getSolution() {
        return solution;
    }

    public void setSolution(String solution) {
        this.solution = solution;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isSent() {
        return sent;
    }
}
