package fr.mcp.estimate.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Advances and balance of a year (PS_RULES.md "Declarations and payments"). Existing facility: advance 1 = rate ×
 * actual right N−2, advance 2 = rate × forecast right N, total advances capped at capRate × actual right N−1 when the
 * forecast and that actual differ by more than the threshold without justification. New facility (no actual before):
 * advance 1 = rate × forecast right N, advance 2 = rate × the September update's right. After the actual N, the
 * balance = actual right N − advances: positive, paid; negative, an overpayment (indu) to recover. Rates are dated
 * parameters PAYMENT.advanceRate, PAYMENT.capRate, PAYMENT.gapThreshold.
 */
public final class PaymentSchedule {

    private PaymentSchedule() {}

    public static List<PaymentLine> of(PaymentRights rights, Scale scale) {
        ParameterValue rate = scale.get("PAYMENT.advanceRate");
        List<PaymentLine> lines = new ArrayList<>();
        boolean newFacility = rights.actualPrevious() == null && rights.actualBeforePrevious() == null;
        BigDecimal first;
        BigDecimal second;
        if (newFacility) {
            first = share(rate, rights.forecast());
            lines.add(new PaymentLine(
                    "ADVANCE_1",
                    "Acompte 1 (équipement nouveau)",
                    first,
                    explain(rate, "du droit prévisionnel " + rights.year(), rights.forecast()),
                    List.of(rate)));
            second = share(rate, rights.update());
            lines.add(new PaymentLine(
                    "ADVANCE_2",
                    "Acompte 2 (après l'actualisation de septembre)",
                    second,
                    explain(rate, "du droit actualisé " + rights.year(), rights.update()),
                    List.of(rate)));
        } else {
            BigDecimal base =
                    rights.actualBeforePrevious() != null ? rights.actualBeforePrevious() : rights.actualPrevious();
            String baseLabel = rights.actualBeforePrevious() != null
                    ? "du droit réel " + (rights.year() - 2)
                    : "du droit réel " + (rights.year() - 1);
            first = share(rate, base);
            lines.add(new PaymentLine("ADVANCE_1", "Acompte 1", first, explain(rate, baseLabel, base), List.of(rate)));
            second = share(rate, rights.forecast());
            String explanation = explain(rate, "du droit prévisionnel " + rights.year(), rights.forecast());
            List<ParameterValue> used = new ArrayList<>(List.of(rate));
            if (second != null
                    && first != null
                    && rights.actualPrevious() != null
                    && rights.forecast() != null
                    && rights.actualPrevious().signum() > 0
                    && !rights.gapJustified()) {
                ParameterValue threshold = scale.get("PAYMENT.gapThreshold");
                ParameterValue capRate = scale.get("PAYMENT.capRate");
                BigDecimal gap = Exact.divide(
                        rights.forecast().subtract(rights.actualPrevious()).abs(), rights.actualPrevious());
                if (gap.compareTo(threshold.value()) > 0) {
                    BigDecimal cap = Exact.cents(Exact.multiply(capRate.value(), rights.actualPrevious()));
                    BigDecimal capped = cap.subtract(first).max(BigDecimal.ZERO).min(second);
                    explanation += " ; écart prévisionnel / réel " + (rights.year() - 1) + " de " + percent(gap)
                            + " non justifié (> "
                            + percent(threshold.value()) + ") : acomptes plafonnés à " + percent(capRate.value())
                            + " du réel "
                            + (rights.year() - 1) + " = " + cap.toPlainString() + " €";
                    second = capped;
                    used.add(threshold);
                    used.add(capRate);
                }
            }
            lines.add(new PaymentLine("ADVANCE_2", "Acompte 2", second, explanation, used));
        }
        if (rights.actual() != null) {
            BigDecimal paid = nz(first).add(nz(second));
            BigDecimal balance = rights.actual().subtract(paid).setScale(2);
            lines.add(new PaymentLine(
                    balance.signum() >= 0 ? "BALANCE" : "OVERPAYMENT",
                    balance.signum() >= 0 ? "Solde à verser" : "Indu à récupérer",
                    balance,
                    "droit réel " + rights.year() + " " + rights.actual().toPlainString() + " € − acomptes "
                            + paid.toPlainString() + " €",
                    List.of()));
        }
        return lines;
    }

    private static BigDecimal share(ParameterValue rate, BigDecimal right) {
        return right == null ? null : Exact.cents(Exact.multiply(rate.value(), right));
    }

    private static String explain(ParameterValue rate, String of, BigDecimal right) {
        return right == null
                ? percent(rate.value()) + " " + of + " (déclaration non encore transmise)"
                : percent(rate.value()) + " " + of + " (" + right.toPlainString() + " €)";
    }

    private static String percent(BigDecimal share) {
        return share.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString() + " %";
    }

    private static BigDecimal nz(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
