package fr.mcp.declaration.application;

import fr.mcp.declaration.domain.CheckType;
import java.math.BigDecimal;
import java.util.List;

/** A dated version of a coherence control, as a Caf administrator enters it. */
public record NewControl(
        String code,
        String facilityType,
        List<String> declarationKinds,
        CheckType checkType,
        String leftOperand,
        String rightOperand,
        BigDecimal threshold,
        String message,
        Integer fromYear) {}
