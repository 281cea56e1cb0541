package fr.mcp.web.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** French texts of the portal, from the {@code fr.mcp.web.i18n.messages} bundle. */
public final class Texts {

    public static final Locale FRENCH = Locale.FRANCE;
    private static final String BUNDLE = "fr.mcp.web.i18n.messages";

    private Texts() {}

    public static String get(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, FRENCH).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, FRENCH).format(arguments);
    }

    public static void error(String clientId, String key, Object... arguments) {
        FacesContext.getCurrentInstance()
                .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, get(key, arguments), null));
    }

    public static void info(String key, Object... arguments) {
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, get(key, arguments), null));
    }
}
