package fr.mcp.it.support;

/** SIRET numbers no other test uses, valid for the Luhn check. */
public final class Sirets {

    private Sirets() {}

    public static String unique() {
        String base = String.format("%013d", Math.abs(System.nanoTime()) % 10_000_000_000_000L);
        for (int check = 0; check < 10; check++) {
            String candidate = base + check;
            if (luhn(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException();
    }

    private static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
