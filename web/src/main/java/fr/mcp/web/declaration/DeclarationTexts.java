package fr.mcp.web.declaration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates and times of declarations as shown in French pages (Paris time). */
@Named
@ApplicationScoped
public class DeclarationTexts {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/Paris"));

    public String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }
}
