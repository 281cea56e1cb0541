package fr.mcp.habilitation.domain;

/**
 * States of the habilitation search screen: Actif (in force), Historique (ended), Inactif (not started yet, or an
 * approver not validated by the Caf); Non attribué is not a state of an assignment but of a facility or site
 * missing a holder of a required role.
 */
public enum AssignmentState {
    ACTIVE,
    HISTORY,
    INACTIVE,
    NOT_ASSIGNED
}
