package fr.mcp.web.declaration;

import fr.mcp.declaration.application.DeclarationFilter;
import fr.mcp.declaration.application.DeclarationLists;
import fr.mcp.declaration.application.DeclarationRow;
import fr.mcp.declaration.domain.DeclarationState;
import fr.mcp.habilitation.application.Page;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The Caf's review queue: its partners' declarations, the transmitted ones first shown. */
@Named
@ViewScoped
public class ReviewQueue extends DeclarationListView {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient DeclarationLists lists;

    @PostConstruct
    void transmittedFirst() {
        setState(DeclarationState.TRANSMITTED);
    }

    @Override
    protected Page<DeclarationRow> find(DeclarationFilter filter, int first, int size) {
        return lists.queue(filter, first, size);
    }
}
