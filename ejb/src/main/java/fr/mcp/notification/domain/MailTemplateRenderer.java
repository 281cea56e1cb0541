package fr.mcp.notification.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders the French mail templates found at {@code mail/<name>.txt}: a first line {@code Objet : …}, a blank
 * line, then the body. Placeholders are written {@code {{name}}}; a placeholder without a value is an error,
 * so that no mail leaves with a hole in it.
 */
public class MailTemplateRenderer {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-zA-Z0-9_.]+)}}");
    private static final String SUBJECT_PREFIX = "Objet :";

    private final ClassLoader classLoader;
    /** The templates already read: files of the application, read once per renderer (a campaign renders thousands). */
    private final Map<String, String> sources = new ConcurrentHashMap<>();

    public MailTemplateRenderer(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    public MailContent render(String template, Map<String, String> parameters) {
        String source = sources.computeIfAbsent(template, this::load);
        int endOfSubject = source.indexOf('\n');
        if (!source.startsWith(SUBJECT_PREFIX) || endOfSubject < 0) {
            throw new IllegalStateException("Mail template " + template + " must start with '" + SUBJECT_PREFIX + "'");
        }
        String subject = source.substring(SUBJECT_PREFIX.length(), endOfSubject).trim();
        String body = source.substring(endOfSubject + 1).stripLeading();
        return new MailContent(fill(template, subject, parameters), fill(template, body, parameters));
    }

    private String load(String template) {
        if (!template.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("Invalid mail template name: " + template);
        }
        try (InputStream in = classLoader.getResourceAsStream("mail/" + template + ".txt")) {
            if (in == null) {
                throw new IllegalArgumentException("Unknown mail template: " + template);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fill(String template, String text, Map<String, String> parameters) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = parameters.get(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException(
                        "Mail template " + template + " needs a value for " + matcher.group(1));
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
