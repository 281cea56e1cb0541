package fr.mcp.web.documents;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import fr.mcp.declaration.application.Analysis;
import fr.mcp.declaration.application.DeclarationView;
import fr.mcp.declaration.application.FormView;
import fr.mcp.declaration.domain.DeclarationEvent;
import fr.mcp.declaration.domain.FormField;
import fr.mcp.declaration.domain.RaisedControl;
import fr.mcp.estimate.domain.EstimateLine;
import fr.mcp.shared.config.BusinessTime;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A declaration as a PDF document: header, filled forms with totals, explained estimate (frozen or current),
 * coherence controls with their justifications, and the history.
 */
public final class DeclarationPdf {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 15);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 9);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(BusinessTime.zone());

    private DeclarationPdf() {}

    public static byte[] of(DeclarationView view, Instant printedAt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(
                    clean("Déclaration " + view.kind().label() + " " + view.year() + " - " + view.facilityName()));
            document.open();
            document.add(new Paragraph(
                    clean("Déclaration " + view.kind().label().toLowerCase() + " " + view.year() + " - "
                            + view.facilityName()),
                    TITLE));
            document.add(line("Partenaire : " + view.partnerName() + "    Type d'équipement : " + view.facilityType()));
            document.add(line("État : " + view.state().label()
                    + (view.deadline() == null
                            ? ""
                            : "    Date limite : "
                                    + view.deadline().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")))));
            if (view.transmittedAt() != null) {
                document.add(line(
                        "Transmise à la Caf le " + WHEN.format(view.transmittedAt()) + " par " + view.transmittedBy()));
            }
            document.add(line("Document édité le " + WHEN.format(printedAt)));
            for (FormView form : view.forms()) {
                forms(document, form);
            }
            estimate(document, view.analysis());
            controls(document, view.analysis());
            history(document, view);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF of declaration " + view.id(), e);
        }
        return out.toByteArray();
    }

    private static void forms(Document document, FormView form) throws DocumentException {
        document.add(heading(form.label() + " (" + form.state().label() + ")"));
        if (form.sentBackComment() != null) {
            document.add(line("Renvoyé par l'approbateur : " + form.sentBackComment()));
        }
        PdfPTable table = table(new float[] {5, 2, 2}, "Donnée", "Valeur", "Unité");
        for (FormField field : form.fields()) {
            String value = form.values().get(field.getCode());
            if ("true".equals(value) || "false".equals(value)) {
                value = "true".equals(value) ? "Oui" : "Non";
            }
            cells(table, field.getLabel(), value == null ? "" : value, field.getUnit());
        }
        if (form.expenses() != null) {
            cells(table, "Total des charges", euros(form.expenses()), "€");
            cells(table, "Total des produits", euros(form.income()), "€");
        }
        document.add(table);
    }

    private static void estimate(Document document, Analysis analysis) throws DocumentException {
        document.add(heading("Estimation de la prestation de service"
                + (analysis.frozen() ? " (figée à la transmission)" : " (calculée à l'édition)")));
        if (!analysis.estimate().computed()) {
            document.add(line(
                    "Non calculable : " + String.join(" ", analysis.estimate().problems())));
            return;
        }
        PdfPTable table = table(
                new float[] {5, 4, 4, 2}, "Règle appliquée", "Valeurs utilisées", "Paramètres du barème", "Montant");
        for (EstimateLine estimateLine : analysis.estimate().estimate().lines()) {
            cells(
                    table,
                    estimateLine.label(),
                    estimateLine.inputs().entrySet().stream()
                            .map(e -> e.getKey() + " = " + e.getValue())
                            .collect(Collectors.joining("\n")),
                    estimateLine.parameters().stream()
                            .map(p -> p.name() + " = "
                                    + p.value().stripTrailingZeros().toPlainString() + " (depuis le "
                                    + (p.validFrom() == null ? "simulation" : p.validFrom()) + ")")
                            .collect(Collectors.joining("\n")),
                    euros(estimateLine.amount()));
        }
        cells(table, "Total", "", "", euros(analysis.estimate().estimate().total()));
        document.add(table);
    }

    private static void controls(Document document, Analysis analysis) throws DocumentException {
        document.add(heading("Contrôles de cohérence"));
        if (analysis.controls().isEmpty()) {
            document.add(line("Aucun contrôle de cohérence n'est levé."));
            return;
        }
        PdfPTable table = table(new float[] {2, 6, 6}, "Contrôle", "Constat", "Justification");
        for (RaisedControl control : analysis.controls()) {
            cells(
                    table,
                    control.code(),
                    control.message(),
                    control.justified() ? control.justification() : "(non justifié)");
        }
        document.add(table);
    }

    private static void history(Document document, DeclarationView view) throws DocumentException {
        document.add(heading("Historique"));
        PdfPTable table = table(new float[] {3, 3, 5, 4}, "Date", "Par", "Action", "Commentaire");
        for (DeclarationEvent event : view.history()) {
            cells(
                    table,
                    WHEN.format(event.getOccurredAt()),
                    event.getActorName() + " (" + event.getActorLogin() + ")",
                    event.getAction() + (event.getFormLabel() == null ? "" : " - " + event.getFormLabel()),
                    event.getComment() == null ? "" : event.getComment());
        }
        document.add(table);
    }

    private static PdfPTable table(float[] widths, String... headers) throws DocumentException {
        PdfPTable table = new PdfPTable(widths.length);
        table.setWidthPercentage(100);
        table.setWidths(widths);
        table.setHeaderRows(1);
        table.setSpacingBefore(4);
        for (String header : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(clean(header), BOLD));
            cell.setHorizontalAlignment(Element.ALIGN_LEFT);
            table.addCell(cell);
        }
        return table;
    }

    private static void cells(PdfPTable table, String... values) {
        for (String value : values) {
            table.addCell(new Phrase(clean(value), TEXT));
        }
    }

    private static Paragraph heading(String text) {
        Paragraph paragraph = new Paragraph(clean(text), HEADING);
        paragraph.setSpacingBefore(10);
        return paragraph;
    }

    private static Paragraph line(String text) {
        return new Paragraph(clean(text), TEXT);
    }

    private static String euros(BigDecimal amount) {
        return amount == null
                ? ""
                : NumberFormat.getCurrencyInstance(Locale.FRANCE).format(amount);
    }

    /** The standard PDF fonts speak Windows-1252: characters outside it are replaced by their nearest equivalent. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        return text.replace('\u2212', '-')
                .replace("\u2192", "->")
                .replace('\u202f', ' ')
                .replace('\u00a0', ' ')
                .replace("\u2264", "<=")
                .replace("\u2265", ">=");
    }
}
