package fr.mcp.habilitation.application;

/** Filters of "Mes utilisateurs": parts of the login id, last name, first name; a group. Blank means any. */
public record UserFilter(String login, String lastName, String firstName, Long groupId) {

    public static UserFilter none() {
        return new UserFilter(null, null, null, null);
    }
}
