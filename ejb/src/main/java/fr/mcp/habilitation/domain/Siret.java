package fr.mcp.habilitation.domain;

/**
 * A SIRET: 14 digits whose Luhn checksum is valid. La Poste's establishments (SIREN 356 000 000) may follow
 * their own rule instead: the sum of the digits is a multiple of 5.
 */
public record Siret(String value) {

    private static final String LA_POSTE_SIREN = "356000000";

    public Siret {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Invalid SIRET: " + value);
        }
    }

    public static boolean isValid(String candidate) {
        if (candidate == null || !candidate.matches("\\d{14}")) {
            return false;
        }
        if (candidate.startsWith(LA_POSTE_SIREN)) {
            return luhn(candidate) || candidate.chars().map(c -> c - '0').sum() % 5 == 0;
        }
        return luhn(candidate);
    }

    static boolean luhn(String digits) {
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

    /** The SIREN: the company, the first nine digits. */
    public String siren() {
        return value.substring(0, 9);
    }
}
