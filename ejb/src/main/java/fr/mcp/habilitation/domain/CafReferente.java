package fr.mcp.habilitation.domain;

/**
 * The Caf référente of a partner: the Caf of the département of its head office; partners active in several
 * départements are handled by the Caf des Yvelines (78).
 */
public final class CafReferente {

    static final String MULTI_DEPARTEMENT_CAF = "78";

    private CafReferente() {}

    /** The département code of the Caf référente (e.g. "75", "2A", "971"). */
    public static String departementFor(String headOfficeDepartement, boolean multiDepartement) {
        if (multiDepartement) {
            return MULTI_DEPARTEMENT_CAF;
        }
        if (headOfficeDepartement == null
                || !headOfficeDepartement.matches("0[1-9]|1[0-9]|2[1-9]|[3-8][0-9]|9[0-5]|2[AB]|97[1-6]")) {
            throw new IllegalArgumentException("Unknown département: " + headOfficeDepartement);
        }
        return headOfficeDepartement;
    }
}
