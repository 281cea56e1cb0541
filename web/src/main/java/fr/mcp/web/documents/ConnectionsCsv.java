package fr.mcp.web.documents;

import fr.mcp.identity.application.OwnConnections.Connection;
import fr.mcp.shared.config.BusinessTime;
import fr.mcp.web.api.Csv;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** A user's own connection history as CSV, for the page's download and the API's. */
public final class ConnectionsCsv {

    public static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(BusinessTime.zone());

    private ConnectionsCsv() {}

    public static String fileName() {
        return "mes-connexions-" + LocalDate.now() + ".csv";
    }

    public static void write(Writer writer, List<Connection> rows) throws IOException {
        writer.write(Csv.BOM);
        writer.write("date (heure de Paris);événement;adresse;navigateur\r\n");
        for (Connection row : rows) {
            writer.write(String.join(
                    ";",
                    Csv.cell(TIME.format(row.at())),
                    Csv.cell(row.type()),
                    Csv.cell(row.clientAddress()),
                    Csv.cell(row.userAgent())));
            writer.write("\r\n");
        }
        writer.flush();
    }
}
