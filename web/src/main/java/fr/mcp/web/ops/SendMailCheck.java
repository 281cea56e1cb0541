package fr.mcp.web.ops;

import fr.mcp.ops.application.MailCheckService;
import fr.mcp.web.shell.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** "Envoyer un e-mail de vérification": a Caf administrator checks the mail chain end to end. */
@Named
@RequestScoped
public class SendMailCheck {

    @Inject
    private MailCheckService mailCheck;

    @NotBlank(message = "{mail.recipient.required}")
    @Email(message = "{mail.recipient.invalid}")
    @Size(max = 254, message = "{mail.recipient.tooLong}")
    private String recipient;

    public String send() {
        mailCheck.sendCheck(recipient);
        Texts.info("ops.mailCheck.queued", recipient.trim());
        recipient = null;
        return null;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }
}
