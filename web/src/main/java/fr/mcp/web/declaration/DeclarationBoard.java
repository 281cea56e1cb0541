package fr.mcp.web.declaration;

import fr.mcp.declaration.application.DeclarationFilter;
import fr.mcp.declaration.application.DeclarationLists;
import fr.mcp.declaration.application.DeclarationRow;
import fr.mcp.shared.application.Page;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** "Tableau de suivi des déclarations": the declarations of the facilities where the partner user holds an AFAS role. */
@Named
@ViewScoped
public class DeclarationBoard extends DeclarationListView {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient DeclarationLists lists;

    @Override
    protected Page<DeclarationRow> find(DeclarationFilter filter, int first, int size) {
        return lists.board(filter, first, size);
    }
}
