package fr.mcp.controlplan.domain;

import java.util.List;

/** A detection rule over sign-in histories. */
public interface SignInRule {

    /** @param history one user's sign-ins, oldest first */
    List<Finding> findings(List<SignIn> history);
}
