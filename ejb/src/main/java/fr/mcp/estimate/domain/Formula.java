package fr.mcp.estimate.domain;

import java.util.List;

/** The subsidy rule of one facility type (PS_RULES.md), turning declared values and a scale into explained lines. */
public interface Formula {

    List<EstimateLine> lines(DeclaredValues values, Scale scale);
}
