package fr.mcp.notification.infrastructure;

import fr.mcp.notification.domain.MailContent;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;

/** Sends a rendered mail through the Jakarta Mail session configured in server.xml ({@code mail/mcp}). */
@ApplicationScoped
public class SmtpMailSender {

    @Resource(lookup = "mail/mcp")
    private Session session;

    public void send(String idempotencyKey, String recipient, MailContent content) throws MessagingException {
        MimeMessage message = new KeyedMimeMessage(session, idempotencyKey);
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient, true));
        message.setSubject(content.subject(), StandardCharsets.UTF_8.name());
        message.setText(content.body(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        message.setHeader("X-MCP-Idempotency-Key", idempotencyKey);
        Transport.send(message);
    }

    /** Message-ID derived from the idempotency key, so that a receiving system can also spot a duplicate. */
    private static final class KeyedMimeMessage extends MimeMessage {

        private final String key;

        KeyedMimeMessage(Session session, String key) {
            super(session);
            this.key = key;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", "<" + key + "@mon-compte-partenaire>");
        }
    }
}
