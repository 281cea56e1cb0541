package fr.mcp.identity.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The password policy of Mon Compte Partenaire: 8 to 32 characters, at least one upper-case letter, one
 * lower-case letter, one digit and one special character, where currency signs (€ £ $ ¥ …) do not count as
 * special characters; and, beyond the agency's rules, not built on the login id or the user's names.
 * The reuse of recent passwords needs their hashes and is checked by the application service.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 32;
    /** Names shorter than this are too common inside words to be refused. */
    private static final int MIN_PERSONAL_FRAGMENT = 3;

    private PasswordPolicy() {}

    /** Every rule the candidate breaks, in the order of {@link PasswordRule}; empty when it is acceptable. */
    public static Set<PasswordRule> violations(String candidate, String login, List<String> names) {
        Set<PasswordRule> broken = EnumSet.noneOf(PasswordRule.class);
        String password = candidate == null ? "" : candidate;
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            broken.add(PasswordRule.LENGTH);
        }
        if (password.codePoints().noneMatch(Character::isUpperCase)) {
            broken.add(PasswordRule.UPPERCASE);
        }
        if (password.codePoints().noneMatch(Character::isLowerCase)) {
            broken.add(PasswordRule.LOWERCASE);
        }
        if (password.codePoints().noneMatch(Character::isDigit)) {
            broken.add(PasswordRule.DIGIT);
        }
        if (password.codePoints().noneMatch(PasswordPolicy::isSpecial)) {
            broken.add(PasswordRule.SPECIAL);
        }
        if (isPersonal(password, login, names)) {
            broken.add(PasswordRule.NOT_PERSONAL);
        }
        return broken;
    }

    /** A special character is neither a letter, a digit, a space nor a currency sign. */
    static boolean isSpecial(int codePoint) {
        return !Character.isLetterOrDigit(codePoint)
                && !Character.isWhitespace(codePoint)
                && !Character.isISOControl(codePoint)
                && Character.getType(codePoint) != Character.CURRENCY_SYMBOL;
    }

    private static boolean isPersonal(String password, String login, List<String> names) {
        String lower = password.toLowerCase(Locale.ROOT);
        if (login != null && !login.isBlank() && lower.contains(login.toLowerCase(Locale.ROOT))) {
            return true;
        }
        return names.stream()
                .filter(name -> name != null && name.length() >= MIN_PERSONAL_FRAGMENT)
                .anyMatch(name -> lower.contains(name.toLowerCase(Locale.ROOT)));
    }
}
