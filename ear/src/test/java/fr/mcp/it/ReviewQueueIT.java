package fr.mcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.mcp.it.support.Api;
import fr.mcp.it.support.Api.Reply;
import fr.mcp.it.support.CampaignFixture;
import fr.mcp.it.support.DeclarationFixture;
import fr.mcp.it.support.MailQueueState;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** The Caf's review queue: exported with its filters, every page, to CSV and XLSX; declarations put in a reviewer's hands; bulk validation. */
class ReviewQueueIT {

    @Test
    void theFilteredQueueIsExportedWholeToCsvAndToAnXlsxWorkbook() throws Exception {
        long total = Api.as("CAFREV", "GET", "/api/v1/declarations?kind=FORECAST&size=1", null)
                .json()
                .getJsonNumber("total")
                .longValue();
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
        assertTrue(
                parts.containsKey("[Content_Types].xml") && parts.containsKey("xl/workbook.xml"),
                parts.keySet().toString());
        String sheet = parts.get("xl/worksheets/sheet1.xml");
        assertEquals(total + 1, sheet.split("<row ").length - 1, "a header row and one row per declaration");
        assertTrue(sheet.contains("<t xml:space=\"preserve\">Prévisionnelle</t>"), "French labels as text cells");

        HttpResponse<byte[]> pdf = Api.download("CAFREV", "/api/v1/declarations/export?format=pdf");
        assertEquals(400, pdf.statusCode());
        assertTrue(new String(pdf.body(), StandardCharsets.UTF_8).contains("Le format d'export est csv ou xlsx."));

        long board = Api.as("ENFAPP", "GET", "/api/v1/declarations?kind=FORECAST&size=1", null)
                .json()
                .getJsonNumber("total")
                .longValue();
        HttpResponse<byte[]> partnerCsv =
                Api.download("ENFAPP", "/api/v1/declarations/export?format=csv&kind=FORECAST");
        assertEquals(200, partnerCsv.statusCode(), "a partner exports their own tracking board");
        String[] partnerLines = new String(partnerCsv.body(), StandardCharsets.UTF_8).split("\r\n");
        assertTrue(board > 0, "the approver's board has forecasts");
        assertEquals(board, partnerLines.length - 1, "one line per declaration of the partner's board");
        for (int i = 1; i < partnerLines.length; i++) {
            assertTrue(partnerLines[i].contains("Commune de Saint-Cyr-l'École"), partnerLines[i]);
        }
    }

    @Test
    void selectedDeclarationsAreRemindedOnceADayOnlyWhileStillToTransmit() throws Exception {
        Instant since = MailQueueState.mark();
        DeclarationFixture fixture = DeclarationFixture.create();
        long id = fixture.declarationId();
        long validated = Api.as("CAFREV", "GET", "/api/v1/declarations?state=VALIDATED&size=1", null)
                .json()
                .getJsonArray("rows")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();

        Reply first =
                Api.as("CAFREV", "POST", "/api/v1/declarations/reminders", "{\"ids\":[" + id + "," + validated + "]}");
        assertEquals(200, first.status(), first.body());
        assertEquals(
                List.of(id),
                first.json().getJsonArray("reminded").stream()
                        .map(v -> ((JsonNumber) v).longValue())
                        .toList());
        assertEquals(
                3,
                first.json().getInt("recipients"),
                "the provider, the financial provider and the approver of the facility: " + first.body());
        assertTrue(
                first.json()
                        .getJsonArray("skipped")
                        .getJsonObject(0)
                        .getString("reason")
                        .contains("il n'y a plus rien à transmettre"),
                first.body());
        for (String holder : List.of("enffda", "enffdf", "enfapp")) {
            String email = holder + "@partenaire.demo.mcp.test";
            assertEquals(
                    1,
                    CampaignFixture.awaitMailsWithSubject(
                            email,
                            "votre Caf vous relance : déclaration prévisionnelle "
                                    + LocalDate.now().getYear() + " de " + fixture.facilityName(),
                            Duration.ofSeconds(60)),
                    email);
        }
        assertTrue(
                Api.as("ENFAPP", "GET", fixture.path(), null).body().contains("Relance envoyée par la Caf"),
                "written in the declaration's history");

        Reply again = Api.as("CAFADM", "POST", "/api/v1/declarations/reminders", "{\"ids\":[" + id + "]}");
        assertEquals(200, again.status(), again.body());
        assertEquals(0, again.json().getJsonArray("reminded").size());
        assertTrue(
                again.json()
                        .getJsonArray("skipped")
                        .getJsonObject(0)
                        .getString("reason")
                        .contains("déjà partie aujourd'hui"),
                again.body());
        assertEquals(
                403,
                Api.as("ENFAPP", "POST", "/api/v1/declarations/reminders", "{\"ids\":[" + id + "]}")
                        .status());
        assertEquals(
                404,
                Api.as("PARADM", "POST", "/api/v1/declarations/reminders", "{\"ids\":[" + id + "]}")
                        .status(),
                "another Caf's agent");
        MailQueueState.awaitQueueSettled(since);
        assertEquals(
                1,
                CampaignFixture.mailsWithSubject(
                        "enfapp@partenaire.demo.mcp.test",
                        "vous relance : déclaration prévisionnelle "
                                + LocalDate.now().getYear() + " de " + fixture.facilityName()),
                "no second mail");
    }

    @Test
    void declarationsAreGivenToAReviewerAndABulkValidationOnlyTakesTransmittedOnesWithoutControls() throws Exception {
        DeclarationFixture fixture = DeclarationFixture.create();
        long id = fixture.declarationId();
        Reply assigned = Api.as(
                "CAFADM", "PUT", "/api/v1/declarations/reviewer", "{\"ids\":[" + id + "],\"reviewer\":\"CAFREV\"}");
        assertEquals(200, assigned.status(), assigned.body());
        JsonObject mine = Api.as("CAFREV", "GET", "/api/v1/declarations?reviewer=CAFREV&state=TO_ENTER&size=200", null)
                .json();
        assertTrue(
                mine.getJsonArray("rows").stream()
                        .map(JsonValue::asJsonObject)
                        .anyMatch(r -> r.getJsonNumber("id").longValue() == id
                                && r.getString("reviewer").equals("CAFREV")),
                mine.toString());

        Reply bulk = Api.as("CAFREV", "POST", "/api/v1/declarations/validations", "{\"ids\":[" + id + "]}");
        assertEquals(200, bulk.status(), bulk.body());
        assertEquals(0, bulk.json().getJsonArray("validated").size());
        assertTrue(
                bulk.json()
                        .getJsonArray("skipped")
                        .getJsonObject(0)
                        .getString("reason")
                        .contains("seule une déclaration transmise se valide"),
                bulk.body());

        Reply unknown = Api.as(
                "CAFADM", "PUT", "/api/v1/declarations/reviewer", "{\"ids\":[" + id + "],\"reviewer\":\"PARADM\"}");
        assertEquals(400, unknown.status());
        assertTrue(unknown.body().contains("n'est pas un agent de votre Caf"), unknown.body());
        assertEquals(
                404,
                Api.as(
                                "PARADM",
                                "PUT",
                                "/api/v1/declarations/reviewer",
                                "{\"ids\":[" + id + "],\"reviewer\":\"PARADM\"}")
                        .status(),
                "another Caf's agent cannot touch it");
        Reply none = Api.as("CAFREV", "POST", "/api/v1/declarations/validations", "{\"ids\":[]}");
        assertEquals(400, none.status());
        assertTrue(none.body().contains("Sélectionnez entre 1 et 500 déclarations"), none.body());
        assertEquals(
                403,
                Api.as("ENFAPP", "POST", "/api/v1/declarations/validations", "{\"ids\":[" + id + "]}")
                        .status());
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
