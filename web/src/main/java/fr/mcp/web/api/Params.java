package fr.mcp.web.api;

import fr.mcp.shared.domain.RuleViolation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Query parameters read as text and converted here, so that a malformed value gets a French 400 instead of the
 * JAX-RS 404 a typed parameter would give. Blank means absent.
 */
public final class Params {

    private Params() {}

    /** A whole number, or null when absent or not a number (the service then says which range is expected). */
    public static Integer integerOrNull(String text) {
        try {
            return blank(text) ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    public static Integer integer(String text, String message) {
        try {
            return blank(text) ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException notANumber) {
            throw new RuleViolation(List.of(message));
        }
    }

    public static Long number(String text, String message) {
        try {
            return blank(text) ? null : Long.valueOf(text.trim());
        } catch (NumberFormatException notANumber) {
            throw new RuleViolation(List.of(message));
        }
    }

    /** One of an enumeration's names (case ignored), or null when absent. */
    public static <E extends Enum<E>> E choice(String text, Class<E> type, String message) {
        if (blank(text)) {
            return null;
        }
        for (E value : type.getEnumConstants()) {
            if (value.name().equalsIgnoreCase(text.trim())) {
                return value;
            }
        }
        throw new RuleViolation(List.of(message));
    }

    /** A day written AAAA-MM-JJ. */
    public static LocalDate day(String text) {
        try {
            return blank(text) ? null : LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new RuleViolation(List.of("La date « " + text + " » s'écrit AAAA-MM-JJ."));
        }
    }

    /** An instant written as ISO-8601 in UTC (AAAA-MM-JJTHH:MM:SSZ), or null when absent. */
    public static Instant instant(String text) {
        try {
            return blank(text) ? null : Instant.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new RuleViolation(List.of("L'instant « " + text + " » s'écrit AAAA-MM-JJTHH:MM:SSZ (heure UTC)."));
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
