package fr.mcp.it.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The SMTP server the integration-test Liberty sends to (GreenMail on localhost). One per test JVM, so that
 * mails sent while one test class runs are not lost to another; tests can stop and restart it to simulate
 * an SMTP outage.
 */
public final class TestMailServer {

    private static GreenMail greenMail;
    private static final List<MimeMessage> RECEIVED_BEFORE_RESTARTS = new ArrayList<>();

    private TestMailServer() {}

    public static synchronized void ensureStarted() {
        if (greenMail == null) {
            greenMail = new GreenMail(new ServerSetup(It.SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
        }
    }

    public static synchronized void stop() {
        if (greenMail != null) {
            RECEIVED_BEFORE_RESTARTS.addAll(List.of(greenMail.getReceivedMessages()));
            greenMail.stop();
            greenMail = null;
        }
    }

    /** Every mail received for that address since the test JVM started, across restarts of the server. */
    public static synchronized List<MimeMessage> mailsTo(String recipient) {
        List<MimeMessage> all = new ArrayList<>(RECEIVED_BEFORE_RESTARTS);
        if (greenMail != null) {
            all.addAll(List.of(greenMail.getReceivedMessages()));
        }
        return all.stream().filter(message -> isFor(message, recipient)).toList();
    }

    /** Waits until at least {@code count} mails reached the address, then returns all of them. */
    public static List<MimeMessage> awaitMailsTo(String recipient, int count, Duration timeout)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        List<MimeMessage> mails = mailsTo(recipient);
        while (mails.size() < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            mails = mailsTo(recipient);
        }
        return mails;
    }

    private static boolean isFor(MimeMessage message, String recipient) {
        try {
            Address[] to = message.getAllRecipients();
            return to != null && List.of(to).stream().anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
        } catch (MessagingException e) {
            return false;
        }
    }
}
