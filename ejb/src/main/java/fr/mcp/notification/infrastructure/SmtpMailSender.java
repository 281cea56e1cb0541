package fr.mcp.notification.infrastructure;

import fr.mcp.notification.domain.MailContent;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends a rendered mail through the Jakarta Mail session configured in server.xml ({@code mail/mcp}), with the headers
 * a relay and a mailbox expect: {@code From:} with the portal's name ({@code mcp.mail.from}, {@code mcp.mail.fromName}),
 * {@code Reply-To:} when a service answers the mails ({@code mcp.mail.replyTo}), and a Message-ID in a full domain name
 * ({@code mcp.mail.messageIdDomain}, the From address's domain by default).
 */
@ApplicationScoped
public class SmtpMailSender {

    @Resource(lookup = "mail/mcp")
    private Session session;

    @Inject
    @ConfigProperty(name = "mcp.mail.from", defaultValue = "ne-pas-repondre@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "mcp.mail.fromName", defaultValue = "Mon Compte Partenaire")
    String fromName;

    // Optional: empty (the default) is a missing value for MicroProfile Config.
    @Inject
    @ConfigProperty(name = "mcp.mail.replyTo")
    Optional<String> replyTo;

    @Inject
    @ConfigProperty(name = "mcp.mail.messageIdDomain")
    Optional<String> messageIdDomain;

    public void send(String idempotencyKey, String recipient, MailContent content) throws MessagingException {
        MimeMessage message = new KeyedMimeMessage(session, idempotencyKey, messageIdDomain());
        message.setFrom(sender());
        if (replyTo.filter(address -> !address.isBlank()).isPresent()) {
            message.setReplyTo(InternetAddress.parse(replyTo.get(), true));
        }
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient, true));
        message.setSubject(content.subject(), StandardCharsets.UTF_8.name());
        message.setText(content.body(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        message.setHeader("X-MCP-Idempotency-Key", idempotencyKey);
        Transport.send(message);
    }

    private InternetAddress sender() throws MessagingException {
        try {
            InternetAddress address = new InternetAddress(from.trim(), fromName, StandardCharsets.UTF_8.name());
            address.validate();
            return address;
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException("From address not encodable: " + from, e);
        }
    }

    /** The configured domain, else the From address's. */
    private String messageIdDomain() {
        if (messageIdDomain.filter(domain -> !domain.isBlank()).isPresent()) {
            return messageIdDomain.get().trim();
        }
        int at = from.lastIndexOf('@');
        return at < 0 ? "localhost" : from.substring(at + 1).trim();
    }

    /** Message-ID derived from the idempotency key, so that a receiving system can also spot a duplicate. */
    private static final class KeyedMimeMessage extends MimeMessage {

        private final String key;
        private final String domain;

        KeyedMimeMessage(Session session, String key, String domain) {
            super(session);
            this.key = key;
            this.domain = domain;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", "<" + key + "@" + domain + ">");
        }
    }
}
