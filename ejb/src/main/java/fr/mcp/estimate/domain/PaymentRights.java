package fr.mcp.estimate.domain;

import java.math.BigDecimal;

/**
 * The rights (frozen estimates of transmitted declarations) a facility's payments for year N are computed from; null
 * when that declaration is not transmitted. {@code gapJustified}: the forecast's gap with last year's actual was justified.
 */
public record PaymentRights(
        int year,
        BigDecimal forecast,
        BigDecimal update,
        BigDecimal actual,
        BigDecimal actualPrevious,
        BigDecimal actualBeforePrevious,
        boolean gapJustified) {}
