package fr.mcp.ops.application;

import fr.mcp.identity.domain.Roles;
import fr.mcp.notification.application.Notification;
import fr.mcp.notification.application.Notifier;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** Lets a Caf administrator check that the platform can send mail, end to end through the mail queue. */
@Stateless
@RolesAllowed(Roles.CAF_ADMIN)
public class MailCheckService {

    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH'h'mm", Locale.FRENCH);

    @Inject
    private Notifier notifier;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    /** Returns the idempotency key of the queued mail. */
    public String sendCheck(@NotBlank(message = "{mail.recipient.required}")
                            @Email(message = "{mail.recipient.invalid}")
                            @Size(max = 254, message = "{mail.recipient.tooLong}") String recipient) {
        return notifier.send(new Notification("mail-check", recipient.trim(), Map.of(
                "requestedBy", context.getCallerPrincipal().getName(),
                "requestedAt", ZonedDateTime.now(clock).format(FRENCH))));
    }
}
