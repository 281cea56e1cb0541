package fr.mcp.identity.application;

import fr.mcp.shared.domain.RuleViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Checks a new account's fields and lists every problem in French. */
public final class NewAccountValidator {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^(\\+33 ?|0)[1-9]( ?[0-9]{2}){4}$");
    private static final int MAX_NAME = 80;
    private static final int MAX_EMAIL = 254;

    private NewAccountValidator() {}

    public static void check(NewAccount form) {
        List<String> problems = new ArrayList<>();
        if (blank(form.lastName())) {
            problems.add(RuleViolation.message("account.lastName.required"));
        }
        if (blank(form.firstName())) {
            problems.add(RuleViolation.message("account.firstName.required"));
        }
        if (length(form.lastName()) > MAX_NAME || length(form.firstName()) > MAX_NAME) {
            problems.add(RuleViolation.message("account.name.tooLong"));
        }
        if (blank(form.email())) {
            problems.add(RuleViolation.message("account.email.required"));
        } else if (length(form.email()) > MAX_EMAIL
                || !EMAIL.matcher(form.email().trim()).matches()) {
            problems.add(RuleViolation.message("account.email.invalid"));
        } else if (form.emailConfirmation() == null
                || !form.email()
                        .trim()
                        .equalsIgnoreCase(form.emailConfirmation().trim())) {
            problems.add(RuleViolation.message("account.email.mismatch"));
        }
        if (!blank(form.phone()) && !PHONE.matcher(form.phone().trim()).matches()) {
            problems.add(RuleViolation.message("account.phone.invalid"));
        }
        if (form.opensOn() == null) {
            problems.add(RuleViolation.message("account.opensOn.required"));
        } else if (form.closesOn() != null && form.closesOn().isBefore(form.opensOn())) {
            problems.add(RuleViolation.message("account.closesOn.beforeOpening"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static int length(String value) {
        return value == null ? 0 : value.trim().length();
    }
}
