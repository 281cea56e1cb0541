package fr.mcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.mcp.it.support.Api;
import fr.mcp.it.support.Api.Reply;
import fr.mcp.it.support.DeclarationFixture;
import fr.mcp.it.support.ImportFixture;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Imports by a partner's software with an API token: good and bad rows give the right report line by line and no
 * declaration is half-applied; malformed files, wrong columns and oversized uploads are refused whole in French.
 */
class ImportIT {

    @Test
    void anImportWithGoodAndBadRowsAppliesWholeDeclarationsOnlyAndReportsEveryLine() throws Exception {
        DeclarationFixture good = DeclarationFixture.create();
        DeclarationFixture bad = DeclarationFixture.create();
        ImportFixture.makeImporter(good.facilityId());
        ImportFixture.makeImporter(bad.facilityId());
        String token = ImportFixture.token("DECLARATIONS_IMPORT").getString("secret");
        assertTrue(token.startsWith("mcp_"), token);

        String csv = "\ufeffdeclaration;formulaire;champ;valeur\r\n"
                + good.declarationId() + ";" + good.form("Site Nord") + ";fteDeclared;0.8\r\n"
                + good.declarationId() + ";" + good.form("Site Nord") + ";monthsOpen;12\r\n"
                + good.declarationId() + ";" + good.form("Budget") + ";staffCosts;\"42000\"\r\n"
                + bad.declarationId() + ";" + bad.form("Site Nord") + ";fteDeclared;1\r\n"
                + bad.declarationId() + ";" + bad.form("Site Nord") + ";monthsOpen;13\r\n"
                + "une ligne sans séparateur\r\n"
                + "abc;1;fteDeclared;1\r\n"
                + "\r\n";
        Reply imported = Api.bearer(
                token, "POST", "/api/v1/imports?name=valeurs.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(201, imported.status(), imported.body());
        JsonObject summary = imported.json();
        assertEquals(7, summary.getInt("lines"), imported.body());
        assertEquals(3, summary.getInt("accepted"), imported.body());
        assertEquals(4, summary.getInt("rejected"), imported.body());
        assertEquals(1, summary.getInt("declarationsApplied"), imported.body());

        Map<Integer, JsonObject> report =
                lines(token, summary.getJsonNumber("id").longValue());
        assertTrue(report.get(2).getBoolean("accepted")
                && report.get(3).getBoolean("accepted")
                && report.get(4).getBoolean("accepted"));
        assertTrue(
                report.get(6).getString("reason").contains("« Mois d'ouverture » : 13 doit être compris entre 1 et 12"),
                report.get(6).toString());
        assertTrue(
                report.get(5)
                        .getString("reason")
                        .contains("Non appliquée : la déclaration " + bad.declarationId()
                                + " a des lignes refusées (lignes 6)"),
                report.get(5).toString());
        assertTrue(
                report.get(7).getString("reason").contains("1 colonnes au lieu de 4"),
                report.get(7).toString());
        assertTrue(
                report.get(8).getString("reason").contains("Déclaration absente ou non numérique : « abc »"),
                report.get(8).toString());

        JsonObject applied = Api.as("ENFAPP", "GET", good.path(), null).json();
        assertEquals(
                "0.8",
                form(applied, good.form("Site Nord")).getJsonObject("values").getString("fteDeclared"));
        assertEquals(
                "12",
                form(applied, good.form("Site Nord")).getJsonObject("values").getString("monthsOpen"));
        assertEquals(
                "42000",
                form(applied, good.form("Budget")).getJsonObject("values").getString("staffCosts"));
        assertEquals("IN_PROGRESS", applied.getString("state"));
        assertTrue(
                applied.getJsonArray("history").toString().contains("Données importées"),
                "the import is in the history");

        JsonObject untouched = Api.as("ENFAPP", "GET", bad.path(), null).json();
        assertTrue(
                form(untouched, bad.form("Site Nord")).getJsonObject("values").isEmpty(),
                "nothing of the refused declaration is written");
        assertEquals("TO_ENTER", untouched.getString("state"));

        Reply csvReport = Api.bearer(
                token,
                "GET",
                "/api/v1/imports/" + summary.getJsonNumber("id") + "/report",
                null,
                null,
                "Accept",
                "text/csv");
        assertEquals(200, csvReport.status(), csvReport.body());
        assertTrue(
                csvReport.body().contains("ligne;declaration;formulaire;champ;valeur;resultat;motif"),
                csvReport.body());
        assertTrue(
                csvReport
                        .body()
                        .contains("6;" + bad.declarationId() + ";" + bad.form("Site Nord") + ";monthsOpen;13;refusé;"),
                csvReport.body());
        assertEquals(
                404,
                Api.as("ENFFDA", "GET", "/api/v1/imports/" + summary.getJsonNumber("id"), null)
                        .status(),
                "a report is its importer's");
    }

    @Test
    void jsonImportsAndWholeFileRefusalsInFrench() throws Exception {
        DeclarationFixture d = DeclarationFixture.create();
        ImportFixture.makeImporter(d.facilityId());
        String token = ImportFixture.token("DECLARATIONS_IMPORT").getString("secret");

        String json = "{\"lines\":[{\"declaration\":" + d.declarationId() + ",\"form\":" + d.form("Site Sud")
                + ",\"field\":\"fteDeclared\",\"value\":1.2}," + "{\"declaration\":\"" + d.declarationId()
                + "\",\"form\":\"" + d.form("Site Sud") + "\",\"field\":\"monthsOpen\",\"value\":\"11\"}]}";
        Reply accepted =
                Api.bearer(token, "POST", "/api/v1/imports", "application/json", json.getBytes(StandardCharsets.UTF_8));
        assertEquals(201, accepted.status(), accepted.body());
        assertEquals(2, accepted.json().getInt("accepted"), accepted.body());
        assertEquals(
                "1.2",
                form(Api.as("ENFAPP", "GET", d.path(), null).json(), d.form("Site Sud"))
                        .getJsonObject("values")
                        .getString("fteDeclared"));

        assertRefused(
                Api.bearer(
                        token,
                        "POST",
                        "/api/v1/imports?name=x.csv",
                        "text/csv",
                        "id;form;code;value\n1;2;a;3\n".getBytes(StandardCharsets.UTF_8)),
                400,
                "Colonnes attendues : declaration;formulaire;champ;valeur ; trouvées : id;form;code;value.");
        assertRefused(
                Api.bearer(
                        token,
                        "POST",
                        "/api/v1/imports",
                        "application/json",
                        "{\"lines\":[{\"declaration\":1,".getBytes(StandardCharsets.UTF_8)),
                400,
                "Le fichier JSON est mal formé");
        assertRefused(
                Api.bearer(
                        token,
                        "POST",
                        "/api/v1/imports?name=notes.txt",
                        "text/plain",
                        "bonjour".getBytes(StandardCharsets.UTF_8)),
                400,
                "Type de fichier non reconnu");
        assertRefused(
                Api.bearer(token, "POST", "/api/v1/imports?name=x.csv", "text/csv", new byte[] {
                    (byte) 0xff, (byte) 0xfe, 'a', 'b'
                }),
                400,
                "n'est pas encodé en UTF-8");
        byte[] huge = new byte[6 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'a');
        assertRefused(
                Api.bearer(token, "POST", "/api/v1/imports?name=gros.csv", "text/csv", huge),
                413,
                "dépasse la taille maximale de 5 Mo");
        assertEquals(
                "1.2",
                form(Api.as("ENFAPP", "GET", d.path(), null).json(), d.form("Site Sud"))
                        .getJsonObject("values")
                        .getString("fteDeclared"),
                "the refused files changed nothing");
        JsonArray mine = Api.bearer(token, "GET", "/api/v1/imports", null, null).jsonArray();
        assertTrue(mine.toString().contains("Colonnes attendues"), "a refused file keeps its report: " + mine);
    }

    @Test
    void aTokenActsWithinItsHoldersRightsScopeAndLifetimeOnly() throws Exception {
        DeclarationFixture mine = DeclarationFixture.create();
        DeclarationFixture notMine = DeclarationFixture.create();
        ImportFixture.makeImporter(mine.facilityId());
        JsonObject created = ImportFixture.token("DECLARATIONS_IMPORT");
        String token = created.getString("secret");

        String lines = "declaration;formulaire;champ;valeur\n" + notMine.declarationId() + ";"
                + notMine.form("Site Nord") + ";fteDeclared;1\n" + "999999999;1;fteDeclared;1\n";
        JsonObject outside = Api.bearer(
                        token,
                        "POST",
                        "/api/v1/imports?name=autres.csv",
                        "text/csv",
                        lines.getBytes(StandardCharsets.UTF_8))
                .json();
        assertEquals(0, outside.getInt("accepted"), outside.toString());
        Map<Integer, JsonObject> report =
                lines(token, outside.getJsonNumber("id").longValue());
        assertEquals(2, report.size(), report.toString());
        assertTrue(
                report.get(2).getString("reason").contains("n'existe pas ou n'est pas dans votre périmètre"),
                report.get(2).toString());
        assertTrue(
                report.get(3).getString("reason").contains("n'existe pas ou n'est pas dans votre périmètre"),
                report.get(3).toString());
        assertTrue(form(Api.as("ENFAPP", "GET", notMine.path(), null).json(), notMine.form("Site Nord"))
                .getJsonObject("values")
                .isEmpty());

        assertRefused(
                Api.bearer(token, "GET", "/api/v1/me/connections", null, null),
                403,
                "n'ouvre que les déclarations et les imports");
        assertRefused(
                Api.bearer(
                        token,
                        "POST",
                        "/api/v1/me/tokens",
                        "application/json",
                        "{\"name\":\"x\",\"scope\":\"DECLARATIONS_READ\",\"expiresOn\":\"2099-01-01\"}"
                                .getBytes(StandardCharsets.UTF_8)),
                403,
                "jeton");
        assertRefused(Api.bearer(token, "GET", "/api/v1/users", null, null), 403, "");

        String readOnly = ImportFixture.token("DECLARATIONS_READ").getString("secret");
        assertEquals(200, Api.bearer(readOnly, "GET", mine.path(), null, null).status(), "a read-only token reads");
        assertRefused(
                Api.bearer(
                        readOnly,
                        "POST",
                        "/api/v1/imports?name=a.csv",
                        "text/csv",
                        lines.getBytes(StandardCharsets.UTF_8)),
                403,
                "lecture seule");

        Reply read = Api.bearer(token, "GET", mine.path(), null, null);
        assertEquals(200, read.status(), read.body());
        String cookies = String.join(
                "; ",
                read.raw().headers().allValues("Set-Cookie").stream()
                        .map(c -> c.split(";", 2)[0])
                        .toList());
        long id = created.getJsonNumber("id").longValue();
        assertEquals(
                204,
                Api.as(ImportFixture.SOFTWARE, "DELETE", "/api/v1/me/tokens/" + id, null)
                        .status());
        assertRefused(Api.bearer(token, "GET", mine.path(), null, null), 401, "Jeton d'API inconnu, expiré ou révoqué");
        if (!cookies.isEmpty()) {
            assertEquals(
                    401,
                    Api.bearer(null, "GET", mine.path(), null, null, "Cookie", cookies)
                            .status(),
                    "the cookies of a token call do not outlive its revocation: " + cookies);
        }
        JsonArray listed =
                Api.as(ImportFixture.SOFTWARE, "GET", "/api/v1/me/tokens", null).jsonArray();
        assertFalse(listed.toString().contains(token), "the secret is never shown again");
        assertTrue(listed.toString().contains("\"status\":\"Révoqué\""), listed.toString());
        assertEquals(
                404,
                Api.as("ENFFDA", "DELETE", "/api/v1/me/tokens/" + id, null).status(),
                "only its holder revokes a token");

        assertRefused(
                Api.as(
                        ImportFixture.SOFTWARE,
                        "POST",
                        "/api/v1/me/tokens",
                        "{\"name\":\"passé\",\"scope\":\"DECLARATIONS_IMPORT\",\"expiresOn\":\""
                                + LocalDate.now().minusDays(1) + "\"}"),
                400,
                "La date d'expiration est obligatoire");
        assertRefused(
                Api.as(
                        "ENFADM",
                        "POST",
                        "/api/v1/me/tokens",
                        "{\"name\":\"admin\",\"scope\":\"DECLARATIONS_IMPORT\",\"expiresOn\":\""
                                + LocalDate.now().plusDays(2) + "\"}"),
                403,
                "");
    }

    private static Map<Integer, JsonObject> lines(String token, long importId) throws Exception {
        Reply reply = Api.bearer(token, "GET", "/api/v1/imports/" + importId, null, null);
        assertEquals(200, reply.status(), reply.body());
        Map<Integer, JsonObject> byLine = new HashMap<>();
        for (JsonValue line : reply.json().getJsonArray("lines")) {
            byLine.put(line.asJsonObject().getInt("line"), line.asJsonObject());
        }
        return byLine;
    }

    private static JsonObject form(JsonObject declaration, long formId) {
        return declaration.getJsonArray("forms").stream()
                .map(JsonValue::asJsonObject)
                .filter(f -> f.getJsonNumber("id").longValue() == formId)
                .findFirst()
                .orElseThrow();
    }

    private static void assertRefused(Reply reply, int status, String message) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.body().contains(message), reply.body());
    }
}
