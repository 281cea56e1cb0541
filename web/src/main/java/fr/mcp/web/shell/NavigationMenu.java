package fr.mcp.web.shell;

import fr.mcp.identity.domain.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The menu, built from the caller's roles. It only hides what cannot be used: every page and service checks
 * the rights again on the server.
 */
@Named
@RequestScoped
public class NavigationMenu {

    private record Item(String labelKey, String outcome, Set<String> roles) {}

    private static final List<Item> ITEMS = List.of(
            new Item("menu.home", "/accueil.xhtml", Set.of()),
            new Item("menu.partners", "/caf/partenaires.xhtml", Set.of(Roles.CAF_ADMIN)),
            new Item("menu.approvers", "/caf/approbateurs.xhtml", Set.of(Roles.CAF_ADMIN)),
            new Item("menu.accounts", "/caf/comptes.xhtml", Set.of(Roles.CAF_ADMIN)),
            new Item("menu.users", "/partenaire/utilisateurs.xhtml", Set.of(Roles.PARTNER_ADMIN, Roles.GROUP_MANAGER)),
            new Item("menu.groups", "/partenaire/groupes.xhtml", Set.of(Roles.PARTNER_ADMIN, Roles.GROUP_MANAGER)),
            new Item("menu.habilitations", "/partenaire/habilitations.xhtml", Set.of(Roles.AFAS_HABILITER)),
            new Item("menu.declarations", "/partenaire/declarations.xhtml", Set.of(Roles.AFAS_DECLARER)),
            new Item("menu.imports", "/partenaire/imports.xhtml", Set.of(Roles.AFAS_DECLARER)),
            new Item("menu.review", "/caf/declarations.xhtml", Set.of(Roles.CAF_REVIEWER, Roles.CAF_ADMIN)),
            new Item("menu.campaigns", "/caf/campagnes.xhtml", Set.of(Roles.CAF_REVIEWER, Roles.CAF_ADMIN)),
            new Item("menu.statistics", "/caf/statistiques.xhtml", Set.of(Roles.CAF_REVIEWER, Roles.CAF_ADMIN)),
            new Item(
                    "menu.simulation",
                    "/simulation.xhtml",
                    Set.of(Roles.AFAS_DECLARER, Roles.CAF_ADMIN, Roles.CAF_REVIEWER)),
            new Item("menu.scale", "/caf/bareme.xhtml", Set.of(Roles.CAF_ADMIN, Roles.CAF_REVIEWER)),
            new Item("menu.controls", "/caf/controles.xhtml", Set.of(Roles.CAF_ADMIN, Roles.CAF_REVIEWER)),
            new Item("menu.forms", "/caf/formulaires.xhtml", Set.of(Roles.CAF_ADMIN, Roles.CAF_REVIEWER)),
            new Item("menu.journal", "/partenaire/journal.xhtml", Set.of(Roles.PARTNER_ADMIN)),
            new Item("menu.operations", "/caf/exploitation.xhtml", Set.of(Roles.CAF_ADMIN)),
            new Item("menu.supervision", "/caf/supervision.xhtml", Set.of(Roles.CAF_ADMIN)),
            new Item("menu.rules", "/caf/regles.xhtml", Set.of(Roles.CAF_ADMIN)),
            new Item("menu.cafJournal", "/caf/journal.xhtml", Set.of(Roles.CAF_ADMIN)),
            new Item("menu.chain", "/caf/integrite.xhtml", Set.of(Roles.CAF_ADMIN)),
            new Item("menu.password", "/compte/mot-de-passe.xhtml", Set.of()),
            new Item("menu.connections", "/compte/connexions.xhtml", Set.of()),
            new Item("menu.tokens", "/compte/jetons.xhtml", Set.of(Roles.AFAS_DECLARER)));

    @Inject
    private SecurityContext securityContext;

    private List<MenuEntry> entries;

    public List<MenuEntry> getEntries() {
        if (entries == null) {
            entries = new ArrayList<>();
            for (Item item : ITEMS) {
                if (item.roles().isEmpty() || item.roles().stream().anyMatch(securityContext::isCallerInRole)) {
                    entries.add(new MenuEntry(Texts.get(item.labelKey()), item.outcome()));
                }
            }
        }
        return entries;
    }
}
