package fr.mcp.web.declaration;

import fr.mcp.shared.config.BusinessTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** Dates and times of declarations as shown in French pages (Paris time). */
@Named
@ApplicationScoped
public class DeclarationTexts {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(BusinessTime.zone());

    public String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }
}
