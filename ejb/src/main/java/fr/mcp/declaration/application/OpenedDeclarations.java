package fr.mcp.declaration.application;

import fr.mcp.declaration.domain.Declaration;
import fr.mcp.declaration.domain.DeclarationEvent;
import fr.mcp.declaration.domain.DeclarationForm;
import fr.mcp.shared.application.BulkSql;
import java.util.ArrayList;
import java.util.List;

/**
 * Declarations just opened ({@link Declaration#open}, not persisted), written by JDBC batches with their forms, the
 * forms' values and the history: thousands at once for a campaign, with the forms the domain gives them. Every mapped
 * column of the entities is written (version 1, as the persistence context writes a new row), so that the rows read
 * back as the entities the domain built.
 */
public final class OpenedDeclarations {

    private static final List<String> DECLARATION = List.of(
            "id",
            "facility_id",
            "partner_id",
            "caf_id",
            "facility_type",
            "fiscal_year",
            "kind",
            "state",
            "deadline",
            "approval_step",
            "transmitted_at",
            "transmitted_by",
            "validated_at",
            "validated_by",
            "reviewer",
            "campaign_id",
            "frozen_total",
            "frozen_estimate",
            "controls_raised",
            "created_at",
            "version");
    private static final List<String> FORM = List.of(
            "id",
            "declaration_id",
            "kind",
            "site_id",
            "label",
            "state",
            "updated_by",
            "updated_at",
            "sent_back_comment",
            "version");
    private static final List<String> VALUE = List.of("form_id", "code", "field_value");
    private static final List<String> EVENT = List.of(
            "id",
            "declaration_id",
            "occurred_at",
            "actor_login",
            "actor_name",
            "action",
            "from_state",
            "to_state",
            "form_label",
            "comment",
            "version");

    private OpenedDeclarations() {}

    /** Writes the declarations in one batch per table; returns their ids, in the order given. */
    public static List<Long> write(BulkSql rows, List<Declaration> declarations) {
        List<Long> ids = new ArrayList<>();
        List<Object[]> declarationRows = new ArrayList<>();
        List<Object[]> formRows = new ArrayList<>();
        List<Object[]> valueRows = new ArrayList<>();
        List<Object[]> eventRows = new ArrayList<>();
        rows.reserve(declarations.stream()
                .mapToInt(d -> 1 + d.getForms().size() + d.getHistory().size())
                .sum());
        for (Declaration d : declarations) {
            if (d.getId() != null || !d.getJustifications().isEmpty()) {
                throw new IllegalArgumentException("Only a declaration just opened is written this way");
            }
            long id = rows.nextId();
            ids.add(id);
            declarationRows.add(new Object[] {
                id,
                d.getFacilityId(),
                d.getPartnerId(),
                d.getCafId(),
                d.getFacilityType(),
                d.getYear(),
                d.getKind(),
                d.getState(),
                d.getDeadline(),
                d.getApprovalStep(),
                d.getTransmittedAt(),
                d.getTransmittedBy(),
                d.getValidatedAt(),
                d.getValidatedBy(),
                d.getReviewer(),
                d.getCampaignId(),
                d.getFrozenTotal(),
                d.getFrozenEstimate(),
                d.getControlsRaised(),
                d.getCreatedAt(),
                BulkSql.NEW_ROW_VERSION
            });
            for (DeclarationForm f : d.getForms()) {
                long formId = rows.nextId();
                formRows.add(new Object[] {
                    formId,
                    id,
                    f.getKind(),
                    f.getSiteId(),
                    f.getLabel(),
                    f.getState(),
                    f.getUpdatedBy(),
                    f.getUpdatedAt(),
                    f.getSentBackComment(),
                    BulkSql.NEW_ROW_VERSION
                });
                f.getValues().forEach((code, value) -> valueRows.add(new Object[] {formId, code, value}));
            }
            for (DeclarationEvent e : d.getHistory()) {
                eventRows.add(new Object[] {
                    rows.nextId(),
                    id,
                    e.getOccurredAt(),
                    e.getActorLogin(),
                    e.getActorName(),
                    e.getAction(),
                    e.getFromState(),
                    e.getToState(),
                    e.getFormLabel(),
                    e.getComment(),
                    BulkSql.NEW_ROW_VERSION
                });
            }
        }
        rows.insert("declaration", DECLARATION, declarationRows);
        rows.insert("declaration_form", FORM, formRows);
        rows.insert("form_value", VALUE, valueRows);
        rows.insert("declaration_event", EVENT, eventRows);
        return ids;
    }
}
