package fr.mcp.campaign.application;

import java.util.List;

/**
 * The facilities named in one campaign mail: at most {@link #LISTED} names, then how many more there are, so that a
 * holder of hundreds of facilities (a federation, a software publisher) gets a readable mail of bounded size.
 */
record CalledFacilities(List<String> names, long count) {

    static final int LISTED = 30;

    String text() {
        StringBuilder text = new StringBuilder();
        names.stream().limit(LISTED).forEach(name -> text.append(text.isEmpty() ? "" : "\n").append("- ").append(name));
        long more = count - Math.min(names.size(), LISTED);
        if (more > 0) {
            text.append("\n- et ").append(more).append(more == 1 ? " autre équipement" : " autres équipements")
                    .append(" : la liste complète est sur le portail");
        }
        return text.toString();
    }
}
