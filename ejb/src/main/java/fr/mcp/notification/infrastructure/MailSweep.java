package fr.mcp.notification.infrastructure;

import fr.mcp.notification.domain.OutboundMail;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Queues again, in one transaction, the mails whose next attempt has been due for more than
 * {@code mcp.mail.strandedSeconds} (600 by default; a message waits seconds behind the queue, not minutes): each new
 * message carries the attempts the mail had made, so of it and a lost message that would come back later, only the
 * first to be delivered acts ({@link fr.mcp.notification.domain.OutboundMail#awaits}).
 */
@Stateless
public class MailSweep {

    private static final int BATCH = 500;

    @PersistenceContext(unitName = "mcp")
    private EntityManager em;

    @Inject
    private MailQueue mailQueue;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "mcp.mail.strandedSeconds", defaultValue = "600")
    private int strandedSeconds;

    /** Returns how many mails were queued again (up to 500 a run, the most overdue first). */
    public int requeueStranded() {
        Instant now = clock.instant();
        // Sent and parked mails have no due time: the index on due_at holds the waiting ones only.
        List<OutboundMail> stranded = em.createQuery(
                        "SELECT m FROM OutboundMail m WHERE m.dueAt < :limit ORDER BY m.dueAt", OutboundMail.class)
                .setParameter("limit", now.minusSeconds(strandedSeconds))
                .setMaxResults(BATCH)
                .getResultList();
        for (OutboundMail mail : stranded) {
            mail.messageQueued();
            mailQueue.enqueue(mail.getId(), mail.resume(now));
        }
        return stranded.size();
    }
}
