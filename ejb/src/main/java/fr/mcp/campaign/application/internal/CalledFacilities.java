package fr.mcp.campaign.application.internal;

import java.util.Collection;
import java.util.List;

/**
 * The facilities named in one campaign mail: at most {@link #LISTED} names, then how many more there are, so that a
 * holder of hundreds of facilities (a federation, a software publisher) gets a readable mail of bounded size.
 */
public record CalledFacilities(List<String> names, long count) {

    static final int LISTED = 30;

    /** One facility a holder is called for. */
    record Called(long id, String name) {}

    /**
     * From every facility a holder is called for: the names in order, each once, and how many facilities there are
     * (named ones only when every name is listed, so that the mail never announces "others" it does not name).
     */
    static CalledFacilities of(Collection<Called> facilities) {
        List<String> names =
                facilities.stream().map(Called::name).distinct().sorted().toList();
        long count = names.size() <= LISTED
                ? names.size()
                : facilities.stream().mapToLong(Called::id).distinct().count();
        return new CalledFacilities(names, count);
    }

    String text() {
        StringBuilder text = new StringBuilder();
        names.stream().limit(LISTED).forEach(name -> text.append(text.isEmpty() ? "" : "\n")
                .append("- ")
                .append(name));
        long more = count - Math.min(names.size(), LISTED);
        if (more > 0) {
            text.append("\n- et ")
                    .append(more)
                    .append(more == 1 ? " autre équipement" : " autres équipements")
                    .append(" : la liste complète est sur le portail");
        }
        return text.toString();
    }
}
