package fr.mcp.demo;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;

/**
 * Demonstration only: an SMTP server on localhost (GreenMail) that keeps every mail the portal sends, so that
 * someone trying the portal can read them in the demo mailbox. Mails are kept in memory until the server stops.
 */
@Singleton
@Startup
public class DemoMailServer {

    private static final Logger LOG = Logger.getLogger(DemoMailServer.class.getName());

    @Inject
    private DemoSettings settings;

    private GreenMail greenMail;

    @PostConstruct
    void start() {
        if (!settings.isMailServerEnabled()) {
            return;
        }
        greenMail =
                new GreenMail(new ServerSetup(settings.getMailServerPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        LOG.info(() -> "Demo SMTP server listening on 127.0.0.1:" + settings.getMailServerPort());
    }

    @PreDestroy
    void stop() {
        if (greenMail != null) {
            greenMail.stop();
        }
    }

    public boolean isRunning() {
        return greenMail != null;
    }

    /** Captured mails, newest first. */
    public List<DemoMail> mails() {
        if (greenMail == null) {
            return List.of();
        }
        List<DemoMail> mails = new ArrayList<>();
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            mails.add(toDemoMail(message));
        }
        mails.sort(Comparator.comparing(DemoMail::receivedAt).reversed());
        return mails;
    }

    private static DemoMail toDemoMail(MimeMessage message) {
        try {
            Address[] to = message.getAllRecipients();
            Instant received =
                    message.getSentDate() != null ? message.getSentDate().toInstant() : Instant.EPOCH;
            Object content = message.getContent();
            return new DemoMail(
                    to == null || to.length == 0 ? "" : to[0].toString(),
                    message.getSubject(),
                    received,
                    content instanceof String text ? text : String.valueOf(content));
        } catch (MessagingException | IOException e) {
            return new DemoMail("?", "(message illisible)", Instant.EPOCH, e.getMessage());
        }
    }
}
