package fr.mcp.web.api;

import fr.mcp.shared.domain.RuleViolation;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A list exported as CSV (UTF-8 with BOM, semicolons: French Excel) or XLSX, written row by row as the source hands
 * them over: the export of a list of any length holds one row at a time here.
 */
public final class TableExport {

    /** Hands every row of the list, in order, to the sink. */
    @FunctionalInterface
    public interface Rows {
        void each(Consumer<List<?>> sink);
    }

    private TableExport() {}

    /** "csv" (also when absent) or "xlsx"; anything else is a French 400. */
    public static boolean xlsx(String format) {
        String chosen =
                format == null || format.isBlank() ? "csv" : format.trim().toLowerCase();
        if (!chosen.equals("csv") && !chosen.equals("xlsx")) {
            throw new RuleViolation(List.of("Le format d'export est csv ou xlsx."));
        }
        return chosen.equals("xlsx");
    }

    public static Response of(boolean xlsx, String name, String sheetName, List<String> header, Rows rows) {
        StreamingOutput body = xlsx
                ? output -> {
                    try (XlsxWriter sheet = new XlsxWriter(output, sheetName)) {
                        sheet.row(header);
                        rows.each(cells -> {
                            try {
                                sheet.row(cells);
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        });
                    }
                }
                : output -> {
                    Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
                    writer.write(Csv.BOM);
                    writer.write(line(header));
                    rows.each(cells -> {
                        try {
                            writer.write(line(cells));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                    writer.flush();
                };
        String file = name + "-" + LocalDate.now() + (xlsx ? ".xlsx" : ".csv");
        return Response.ok(
                        body,
                        xlsx
                                ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                                : "text/csv; charset=UTF-8")
                .header(
                        "Content-Disposition",
                        "attachment; filename*=UTF-8''"
                                + URLEncoder.encode(file, StandardCharsets.UTF_8)
                                        .replace("+", "%20"))
                .build();
    }

    private static String line(List<?> cells) {
        return cells.stream().map(TableExport::cell).collect(Collectors.joining(";")) + "\r\n";
    }

    /** Decimals with a comma (French spreadsheets), other numbers as they are, text made safe by {@link Csv#cell}. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString().replace('.', ',');
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        return Csv.cell(value.toString());
    }
}
