package fr.mcp.estimate.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Decimal arithmetic of the estimates: 34 significant digits in between, the cent (half up) once per line. */
final class Exact {

    static final MathContext CONTEXT = MathContext.DECIMAL128;

    private Exact() {}

    static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        return dividend.divide(divisor, CONTEXT);
    }

    /** The product rounded to 34 digits after each factor; a factor of exactly one changes nothing and is skipped. */
    static BigDecimal multiply(BigDecimal... factors) {
        BigDecimal product = null;
        for (BigDecimal factor : factors) {
            if (factor.compareTo(BigDecimal.ONE) == 0 && product != null) {
                continue;
            }
            product = product == null ? round(factor) : product.multiply(factor, CONTEXT);
        }
        return product == null ? BigDecimal.ONE : product;
    }

    private static BigDecimal round(BigDecimal value) {
        return value.precision() > CONTEXT.getPrecision() ? value.round(CONTEXT) : value;
    }

    static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** For explanations: at most 6 decimals, without trailing zeros. */
    static String show(BigDecimal value) {
        BigDecimal shown = value.setScale(Math.min(Math.max(value.scale(), 0), 6), RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return shown.scale() < 0 ? shown.setScale(0).toPlainString() : shown.toPlainString();
    }
}
