package fr.mcp.web.identity;

import fr.mcp.identity.domain.PasswordRule;
import fr.mcp.shared.domain.RuleViolation;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** The password rules as the forms list them while the user types: each with whether it is met. */
public final class PasswordRuleStates {

    /** A password rule and whether it is met. */
    public record RuleState(String text, boolean met) {

        public String getText() {
            return text;
        }

        public boolean isMet() {
            return met;
        }
    }

    private PasswordRuleStates() {}

    public static List<RuleState> of(String password, Function<String, Set<PasswordRule>> violations) {
        Set<PasswordRule> broken =
                password == null || password.isEmpty() ? Set.of(PasswordRule.values()) : violations.apply(password);
        return Arrays.stream(PasswordRule.values())
                .map(rule ->
                        new RuleState(RuleViolation.message("password.rule." + rule.name()), !broken.contains(rule)))
                .toList();
    }
}
