package fr.mcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.mcp.it.support.Api;
import fr.mcp.it.support.Api.Reply;
import fr.mcp.it.support.DeclarationFixture;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** The Caf's review queue: exported with its filters, every page, to CSV and XLSX; declarations put in a reviewer's hands; bulk validation. */
class ReviewQueueIT {

    @Test
    void theFilteredQueueIsExportedWholeToCsvAndToAnXlsxWorkbook() throws Exception {
        long total = Api.as("CAFREV", "GET", "/api/v1/declarations?kind=FORECAST&size=1", null).json().getJsonNumber("total").longValue();
        assertTrue(total > 0, "the demo data has forecasts");

        HttpResponse<byte[]> csv = Api.download("CAFREV", "/api/v1/declarations/export?format=csv&kind=FORECAST");
        assertEquals(200, csv.statusCode());
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n");
        assertTrue(lines[0].startsWith("\ufeffn°;partenaire;équipement;type;année;déclaration;état"), lines[0]);
        assertEquals(total, lines.length - 1, "one line per declaration of the filter, all pages");
        for (int i = 1; i < lines.length; i++) {
            assertTrue(lines[i].contains(";Prévisionnelle;"), lines[i]);
        }

        HttpResponse<byte[]> xlsx = Api.download("CAFREV", "/api/v1/declarations/export?format=xlsx&kind=FORECAST");
        assertEquals(200, xlsx.statusCode());
        Map<String, String> parts = unzip(xlsx.body());
        assertTrue(parts.containsKey("[Content_Types].xml") && parts.containsKey("xl/workbook.xml"), parts.keySet().toString());
        String sheet = parts.get("xl/worksheets/sheet1.xml");
        assertEquals(total + 1, sheet.split("<row ").length - 1, "a header row and one row per declaration");
        assertTrue(sheet.contains("<t xml:space=\"preserve\">Prévisionnelle</t>"), "French labels as text cells");

        HttpResponse<byte[]> pdf = Api.download("CAFREV", "/api/v1/declarations/export?format=pdf");
        assertEquals(400, pdf.statusCode());
        assertTrue(new String(pdf.body(), StandardCharsets.UTF_8).contains("Le format d'export est csv ou xlsx."));
        assertEquals(403, Api.download("ENFAPP", "/api/v1/declarations/export").statusCode());
    }

    @Test
    void declarationsAreGivenToAReviewerAndABulkValidationOnlyTakesTransmittedOnesWithoutControls() throws Exception {
        DeclarationFixture fixture = DeclarationFixture.create();
        long id = fixture.declarationId();
        Reply assigned = Api.as("CAFADM", "PUT", "/api/v1/declarations/reviewer", "{\"ids\":[" + id + "],\"reviewer\":\"CAFREV\"}");
        assertEquals(200, assigned.status(), assigned.body());
        JsonObject mine = Api.as("CAFREV", "GET", "/api/v1/declarations?reviewer=CAFREV&state=TO_ENTER&size=200", null).json();
        assertTrue(mine.getJsonArray("rows").stream().map(JsonValue::asJsonObject).anyMatch(r -> r.getJsonNumber("id").longValue() == id
                && r.getString("reviewer").equals("CAFREV")), mine.toString());

        Reply bulk = Api.as("CAFREV", "POST", "/api/v1/declarations/validations", "{\"ids\":[" + id + "]}");
        assertEquals(200, bulk.status(), bulk.body());
        assertEquals(0, bulk.json().getJsonArray("validated").size());
        assertTrue(bulk.json().getJsonArray("skipped").getJsonObject(0).getString("reason").contains("seule une déclaration transmise se valide"),
                bulk.body());

        Reply unknown = Api.as("CAFADM", "PUT", "/api/v1/declarations/reviewer", "{\"ids\":[" + id + "],\"reviewer\":\"PARADM\"}");
        assertEquals(400, unknown.status());
        assertTrue(unknown.body().contains("n'est pas un agent de votre Caf"), unknown.body());
        assertEquals(404, Api.as("PARADM", "PUT", "/api/v1/declarations/reviewer", "{\"ids\":[" + id + "],\"reviewer\":\"PARADM\"}").status(),
                "another Caf's agent cannot touch it");
        Reply none = Api.as("CAFREV", "POST", "/api/v1/declarations/validations", "{\"ids\":[]}");
        assertEquals(400, none.status());
        assertTrue(none.body().contains("Sélectionnez entre 1 et 500 déclarations"), none.body());
        assertEquals(403, Api.as("ENFAPP", "POST", "/api/v1/declarations/validations", "{\"ids\":[" + id + "]}").status());
    }

    private static Map<String, String> unzip(byte[] bytes) throws Exception {
        Map<String, String> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                parts.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }
}
