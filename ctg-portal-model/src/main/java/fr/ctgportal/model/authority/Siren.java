package fr.ctgportal.model.authority;

import fr.ctgportal.model.shared.DomainRuleException;

/**
 * The SIREN of a French legal person (9 digits, the last a Luhn check digit, INSEE). Typed with or
 * without spaces; stored as its 9 digits.
 */
public final class Siren {

    /** The message key of a SIREN that is not 9 digits or whose Luhn key is wrong; argument: what was typed. */
    public static final String INVALID = "admin.error.sirenInvalid";

    private Siren() {
    }

    /**
     * @param typed the SIREN as typed (spaces allowed)
     * @return its 9 digits
     * @throws DomainRuleException {@link #INVALID} when it is not 9 digits or fails the Luhn key
     */
    public static String checked(String typed) {
        String digits = typed == null ? "" : typed.replace(" ", "").replace("\u00a0", "").strip();
        if (!isValid(digits)) {
            throw new DomainRuleException(INVALID, typed == null ? "" : typed.strip());
        }
        return digits;
    }

    /** @return true for 9 digits whose Luhn sum is a multiple of 10 */
    public static boolean isValid(String digits) {
        if (digits == null || !digits.matches("\\d{9}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int d = digits.charAt(8 - i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }
}
