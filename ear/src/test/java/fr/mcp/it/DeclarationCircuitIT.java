package fr.mcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import fr.mcp.it.support.Api;
import fr.mcp.it.support.Api.Reply;
import fr.mcp.it.support.DeclarationFixture;
import fr.mcp.it.support.TestMailServer;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The declaration circuit through the REST API on a multi-site RPE of its own: rights per role and site, bad values,
 * concurrent entry, the approver's send-back, steps, justification and sworn transmission, the Caf's "À revoir"
 * (mailed to the approver through JMS) and validation, with the estimate computed by hand from PS_RULES.md.
 */
class DeclarationCircuitIT {

    @BeforeAll
    static void mailServer() {
        TestMailServer.ensureStarted();
    }

    @Test
    void providersEnterOnlyTheirFormsAndBadValuesChangeNothing() throws Exception {
        DeclarationFixture d = DeclarationFixture.create();
        long north = d.form("Site Nord");
        long financial = d.form("Budget");
        assertRefused(save("ENFFDF", d, north, 0, "{\"fteDeclared\":\"1\"}"), 403, "n'avez pas aujourd'hui le rôle");
        assertRefused(save("ENFFDA", d, financial, 0, "{\"staffCosts\":\"1\"}"), 403, "n'avez pas aujourd'hui le rôle");
        assertRefused(Api.as("ASSADM", "GET", d.path(), null), 403, "droits");
        assertRefused(Api.as("PARADM", "GET", d.path(), null), 404, "n'est pas dans votre périmètre");
        assertRefused(
                save("ENFFDA", d, north, 0, "{\"fteDeclared\":\"beaucoup\"}"),
                400,
                "« ETP d'animateur » : « beaucoup » n'est pas un nombre.");
        assertRefused(
                save("ENFFDA", d, north, 0, "{\"monthsOpen\":\"13\"}"),
                400,
                "« Mois d'ouverture » : 13 doit être compris entre 1 et 12.");
        assertRefused(
                save("ENFFDA", d, north, 0, "{\"fteDeclared\":\"-1\",\"monthsOpen\":\"2.5\"}"),
                400,
                "un nombre entier est attendu");
        assertRefused(save("ENFFDA", d, north, 0, "{\"unknownField\":\"1\"}"), 400, "n'existe pas dans ce formulaire");
        JsonObject declaration = Api.as("ENFFDA", "GET", d.path(), null).json();
        assertEquals("TO_ENTER", declaration.getString("state"));
        assertTrue(form(declaration, north).getJsonObject("values").isEmpty());
        assertRefused(
                Api.as(
                        "ENFFDA",
                        "POST",
                        "/api/v1/declarations/" + d.declarationId() + "/forms/" + d.form("Site Sud") + "/complete",
                        null),
                400,
                "à renseigner : ETP d'animateur, Mois d'ouverture");
    }

    @Test
    void aConcurrentSaveIsRefusedWithWhatChangedAndTheFirstValueIsKept() throws Exception {
        DeclarationFixture d = DeclarationFixture.create();
        long north = d.form("Site Nord");
        long version = form(Api.as("ENFFDA", "GET", d.path(), null).json(), north)
                .getJsonNumber("version")
                .longValue();
        Reply first = save("ENFFDA", d, north, version, "{\"fteDeclared\":\"0.8\",\"monthsOpen\":\"12\"}");
        assertEquals(200, first.status(), first.body());
        Reply second = save("ENFAPP", d, north, version, "{\"fteDeclared\":\"0.6\"}");
        assertEquals(403, second.status(), "the approver corrects only once the declaration is in approval");
        Reply stale = save("ENFFDA", d, north, version, "{\"fteDeclared\":\"0.9\",\"monthsOpen\":\"12\"}");
        assertRefused(stale, 409, "ETP d'animateur : 0.8 (vous : 0.9)");
        assertTrue(
                stale.json().getJsonArray("messages").getString(0).contains("a été enregistré par ENFFDA"),
                stale.body());
        JsonObject stored =
                form(Api.as("ENFFDA", "GET", d.path(), null).json(), north).getJsonObject("values");
        assertEquals("0.8", stored.getString("fteDeclared"));
        long fresh = first.json().getJsonNumber("version").longValue();
        assertEquals(
                200,
                save("ENFFDA", d, north, fresh, "{\"fteDeclared\":\"0.9\"}").status(),
                "saved again on the version read");
    }

    @Test
    void theWholeCircuitFromEntryToCafValidationWithItsHistoryAndFrozenEstimate() throws Exception {
        DeclarationFixture d = DeclarationFixture.create();
        long north = d.form("Site Nord");
        long south = d.form("Site Sud");
        long financial = d.form("Budget");
        String base = d.path();
        assertEquals(
                200,
                save(
                                "ENFFDA",
                                d,
                                north,
                                null,
                                "{\"fteDeclared\":\"1\",\"monthsOpen\":\"12\",\"monthsPresent\":\"12\",\"reinforcedMissions\":\"1\"}")
                        .status());
        assertEquals(
                200,
                save(
                                "ENFFDA",
                                d,
                                south,
                                null,
                                "{\"fteDeclared\":\"1\",\"monthsOpen\":\"10\",\"monthsPresent\":\"10\",\"reinforcedMissions\":\"0\"}")
                        .status());
        assertEquals(
                200,
                save(
                                "ENFFDF",
                                d,
                                financial,
                                null,
                                "{\"purchases\":\"5000\",\"staffCosts\":\"60000\",\"cafServiceGrant\":\"20000\",\"localAuthorities\":\"40000\"}")
                        .status());
        JsonObject entered = Api.as("ENFFDA", "GET", base, null).json();
        assertEquals("IN_PROGRESS", entered.getString("state"));
        // RPE, PS_RULES.md: ETP 1 + 1 = 2 over the sites, months open 12 (the longest), expenses 65 000, validated 1.5,
        // ceiling 55 000:
        // 0.43 × min(65 000 ÷ 2, 55 000) × min(2, 1.5) = 0.43 × 32 500 × 1.5 = 20 962.50, + reinforced missions 3 229 =
        // 24 191.50
        assertEquals(
                "24191.50",
                entered.getJsonObject("estimate").getString("total"),
                entered.getJsonObject("estimate").toString());
        assertEquals(List.of("RPE-ETP"), codes(entered));
        assertEquals("65000.00", form(entered, financial).getString("expenses"));

        for (long formId : List.of(north, south)) {
            assertEquals(
                    204,
                    Api.as("ENFFDA", "POST", base + "/forms/" + formId + "/complete", null)
                            .status());
        }
        assertEquals(
                204,
                Api.as("ENFFDF", "POST", base + "/forms/" + financial + "/complete", null)
                        .status());
        assertRefused(Api.as("ENFFDA", "POST", base + "/take", null), 403, "Seul l'approbateur");
        assertEquals(204, Api.as("ENFAPP", "POST", base + "/take", null).status());
        assertRefused(save("ENFFDA", d, north, null, "{\"fteDeclared\":\"0.5\"}"), 400, "ne peut pas être modifié");

        assertRefused(
                Api.as("ENFAPP", "POST", base + "/forms/" + south + "/send-back", "{\"text\":\"\"}"),
                400,
                "commentaire obligatoire");
        assertEquals(
                204,
                Api.as(
                                "ENFAPP",
                                "POST",
                                base + "/forms/" + south + "/send-back",
                                "{\"text\":\"Le site Sud a ouvert 11 mois\"}")
                        .status());
        JsonObject sentBack = Api.as("ENFFDA", "GET", base, null).json();
        assertEquals("SENT_BACK", form(sentBack, south).getString("state"));
        assertEquals("Le site Sud a ouvert 11 mois", form(sentBack, south).getString("sentBackComment"));
        assertEquals(
                200,
                save("ENFFDA", d, south, null, "{\"monthsOpen\":\"11\",\"monthsPresent\":\"11\"}")
                        .status());
        assertEquals(
                204,
                Api.as("ENFFDA", "POST", base + "/forms/" + south + "/complete", null)
                        .status());

        assertRefused(Api.as("ENFAPP", "POST", base + "/steps/3", null), 400, "l'étape attendue est la 1");
        for (int step = 1; step <= 3; step++) {
            assertEquals(
                    204, Api.as("ENFAPP", "POST", base + "/steps/" + step, null).status());
        }
        assertRefused(
                Api.as("ENFAPP", "POST", base + "/transmit", "{\"sworn\":true}"),
                400,
                "Contrôles de cohérence à justifier avant la transmission : RPE-ETP");
        assertRefused(
                Api.as("ENFAPP", "PUT", base + "/justifications/BILAN", "{\"text\":\"x\"}"), 404, "n'est pas levé");
        assertEquals(
                204,
                Api.as(
                                "ENFAPP",
                                "PUT",
                                base + "/justifications/RPE-ETP",
                                "{\"text\":\"Animatrice à mi-temps recrutée en renfort, validation demandée.\"}")
                        .status());
        assertRefused(
                Api.as("ENFAPP", "POST", base + "/transmit", "{\"sworn\":false}"), 400, "déclaration sur l'honneur");
        assertEquals(
                204,
                Api.as("ENFAPP", "POST", base + "/transmit", "{\"sworn\":true}").status());
        assertRefused(
                Api.as("ENFAPP", "POST", base + "/transmit", "{\"sworn\":true}"),
                400,
                "celle-ci est « Transmise Caf »");

        JsonObject transmitted = Api.as("CAFREV", "GET", base, null).json();
        assertEquals("TRANSMITTED", transmitted.getString("state"));
        assertTrue(transmitted.getJsonObject("estimate").getBoolean("frozen"));
        assertEquals("24191.50", transmitted.getJsonObject("estimate").getString("total"));
        assertTrue(transmitted.getJsonObject("actions").getBoolean("review"));
        assertRefused(Api.as("PARADM", "POST", base + "/validate", "{}"), 404, "n'est pas dans votre périmètre");
        assertRefused(Api.as("ENFAPP", "POST", base + "/validate", "{}"), 403, "droits");
        Api.Reply bulk =
                Api.as("CAFREV", "POST", "/api/v1/declarations/validations", "{\"ids\":[" + d.declarationId() + "]}");
        assertEquals(
                0,
                bulk.json().getJsonArray("validated").size(),
                "a raised control keeps it out of a bulk validation: " + bulk.body());
        assertTrue(
                bulk.json()
                        .getJsonArray("skipped")
                        .getJsonObject(0)
                        .getString("reason")
                        .contains("RPE-ETP"),
                bulk.body());
        String mine = "/api/v1/declarations?state=TRANSMITTED&size=200&text="
                + URLEncoder.encode(d.facilityName(), StandardCharsets.UTF_8);
        JsonObject raised =
                Api.as("CAFREV", "GET", mine + "&controls=raised", null).json();
        assertEquals(
                1,
                raised.getJsonArray("rows").size(),
                "the queue finds it among those transmitted with raised controls: " + raised);
        assertEquals(1, raised.getJsonArray("rows").getJsonObject(0).getInt("controlsRaised"));
        assertEquals(
                0,
                Api.as("CAFREV", "GET", mine + "&controls=none", null)
                        .json()
                        .getJsonArray("rows")
                        .size(),
                "and not among those without");
        assertRefused(
                Api.as("CAFREV", "GET", mine + "&controls=peut-etre", null), 400, "raised (contrôles levés) ou none");
        assertRefused(Api.as("CAFREV", "GET", mine + "&year=deux-mille", null), 400, "L'année est un nombre");
        assertRefused(Api.as("CAFREV", "GET", mine + "&kind=ANNUAL", null), 400, "FORECAST, UPDATE ou ACTUAL");
        assertRefused(Api.as("CAFREV", "GET", "/api/v1/declarations?state=SENT", null), 400, "L'état est l'un de");
        assertRefused(
                Api.as("ENFAPP", "GET", "/api/v1/declarations?size=all", null), 400, "La taille de page est un nombre");
        assertEquals(
                Api.as("CAFREV", "GET", "/api/v1/declarations?state=TRANSMITTED&size=1", null)
                        .json()
                        .getJsonNumber("total"),
                Api.as("CAFREV", "GET", "/api/v1/declarations?state=transmitted&size=1", null)
                        .json()
                        .getJsonNumber("total"),
                "names read whatever their case");

        assertRefused(Api.as("CAFREV", "POST", base + "/return", "{\"text\":\" \"}"), 400, "motifs");
        assertEquals(
                204,
                Api.as("CAFREV", "POST", base + "/return", "{\"text\":\"Les achats semblent sous-estimés\"}")
                        .status());
        MimeMessage mail = awaitMail(
                "enfapp@partenaire.demo.mcp.test", d.facilityName(), "Motifs : Les achats semblent sous-estimés");
        assertTrue(mail.getSubject().contains("déclaration à revoir"), mail.getSubject());
        assertEquals("TO_REVIEW", Api.as("ENFAPP", "GET", base, null).json().getString("state"));

        assertEquals(204, Api.as("ENFAPP", "POST", base + "/take", null).status());
        long version = form(Api.as("ENFAPP", "GET", base, null).json(), financial)
                .getJsonNumber("version")
                .longValue();
        assertEquals(
                200,
                save("ENFAPP", d, financial, version, "{\"purchases\":\"7000\"}")
                        .status(),
                "the approver corrects the form");
        for (int step = 1; step <= 3; step++) {
            assertEquals(
                    204, Api.as("ENFAPP", "POST", base + "/steps/" + step, null).status());
        }
        assertEquals(
                204,
                Api.as("ENFAPP", "POST", base + "/transmit", "{\"sworn\":true}").status());
        assertEquals(
                204,
                Api.as("CAFREV", "POST", base + "/validate", "{\"text\":\"Conforme\"}")
                        .status());
        assertRefused(
                Api.as("CAFREV", "POST", base + "/return", "{\"text\":\"trop tard\"}"),
                400,
                "celle-ci est « Validée par la Caf »");

        JsonObject validated = Api.as("ENFAPP", "GET", base, null).json();
        assertEquals("VALIDATED", validated.getString("state"));
        // frozen at the second transmission, with the approver's correction: expenses 67 000, ETP 2, months 12 (the
        // longest):
        // 0.43 × 33 500 × 1.5 = 21 607.50, + 3 229 = 24 836.50
        assertTrue(validated.getJsonObject("estimate").getBoolean("frozen"));
        assertEquals("24836.50", validated.getJsonObject("estimate").getString("total"));
        List<String> steps = validated.getJsonArray("history").stream()
                .map(JsonValue::asJsonObject)
                .map(e -> e.getString("action"))
                .toList();
        assertEquals(
                List.of(
                        "Déclaration ouverte",
                        "Saisie commencée",
                        "Formulaire déclaré complet",
                        "Formulaire déclaré complet",
                        "Formulaire déclaré complet",
                        "Prise en charge par l'approbateur",
                        "Formulaire renvoyé au fournisseur",
                        "Formulaire corrigé, rendu à l'approbateur",
                        "Transmise à la Caf (déclaration sur l'honneur)",
                        "Renvoyée au partenaire : à revoir",
                        "Prise en charge par l'approbateur",
                        "Transmise à la Caf (déclaration sur l'honneur)",
                        "Validée par la Caf"),
                steps);
        assertFalse(validated.getJsonObject("actions").getBoolean("take"));

        // a new facility (no actual before): advance 1 = 35 % of the forecast right, 0.35 × 24 836.50 = 8 692.775 → 8
        // 692.78;
        // advance 2 waits for the September update
        JsonObject advance1 =
                Api.as("CAFREV", "GET", base + "/payments", null).jsonArray().getJsonObject(0);
        assertEquals("ADVANCE_1", advance1.getString("code"));
        assertEquals("8692.78", advance1.getString("amount"));
        assertEquals(403, Api.as("ENFAPP", "GET", base + "/payments", null).status(), "payments are the Caf's view");

        HttpResponse<byte[]> pdf = Api.download("ENFAPP", base + "/pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        String text = pdfText(pdf.body());
        for (String expected : List.of(
                d.facilityName(),
                "Activité — Site Sud",
                "Budget",
                "24 836,50",
                "Animatrice à mi-temps",
                "Renvoyée au partenaire : à revoir",
                "Les achats semblent",
                "Validée par la Caf")) {
            assertTrue(text.contains(expected), expected + " missing from the PDF: " + text);
        }
        assertEquals(
                403,
                Api.download("ENFFDA", base + "/pdf").statusCode(),
                "a provider does not download the declaration");
        assertEquals(404, Api.download("PARADM", base + "/pdf").statusCode());
        assertRefused(save("ENFAPP", d, financial, null, "{\"purchases\":\"1\"}"), 400, "ne peut pas être modifié");
    }

    @Test
    void theTrackingBoardListsTheDeclarationsOfTheCallersFacilitiesAndTheQueueThoseOfTheCaf() throws Exception {
        DeclarationFixture d = DeclarationFixture.create();
        JsonObject board = Api.as(
                        "ENFFDA",
                        "GET",
                        "/api/v1/declarations?text=" + d.facilityName().replace(" ", "%20"),
                        null)
                .json();
        assertEquals(1, board.getJsonNumber("total").longValue(), board.toString());
        assertEquals("TO_ENTER", board.getJsonArray("rows").getJsonObject(0).getString("state"));
        assertEquals(
                0,
                Api.as(
                                "ENFFDA",
                                "GET",
                                "/api/v1/declarations?state=VALIDATED&text="
                                        + d.facilityName().replace(" ", "%20"),
                                null)
                        .json()
                        .getJsonNumber("total")
                        .longValue());
        assertEquals(
                1,
                Api.as(
                                "CAFREV",
                                "GET",
                                "/api/v1/declarations?text=" + d.facilityName().replace(" ", "%20"),
                                null)
                        .json()
                        .getJsonNumber("total")
                        .longValue());
        assertEquals(
                0,
                Api.as(
                                "PARADM",
                                "GET",
                                "/api/v1/declarations?text=" + d.facilityName().replace(" ", "%20"),
                                null)
                        .json()
                        .getJsonNumber("total")
                        .longValue());
        assertRefused(
                Api.as(
                        "CAFREV",
                        "POST",
                        "/api/v1/declarations",
                        "{\"facilityId\":" + d.facilityId() + ",\"year\":"
                                + LocalDate.now().getYear() + ",\"kind\":\"FORECAST\"}"),
                400,
                "existe déjà");
    }

    private static Reply save(String login, DeclarationFixture d, long formId, Number version, String values)
            throws Exception {
        return Api.as(
                login, "PUT", d.path() + "/forms/" + formId, "{\"version\":" + version + ",\"values\":" + values + "}");
    }

    private static JsonObject form(JsonObject declaration, long formId) {
        return declaration.getJsonArray("forms").stream()
                .map(JsonValue::asJsonObject)
                .filter(f -> f.getJsonNumber("id").longValue() == formId)
                .findFirst()
                .orElseThrow();
    }

    private static List<String> codes(JsonObject declaration) {
        return declaration.getJsonArray("controls").stream()
                .map(c -> c.asJsonObject().getString("id"))
                .collect(Collectors.toList());
    }

    /** The first mail to the address whose text contains every given part (other tests mail the same demo approver). */
    private static MimeMessage awaitMail(String recipient, String... containing) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            for (MimeMessage mail : TestMailServer.mailsTo(recipient)) {
                String text = (String) mail.getContent();
                if (Arrays.stream(containing).allMatch(text::contains)) {
                    return mail;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("No mail to " + recipient + " about " + String.join(", ", containing));
    }

    private static String pdfText(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString().replace('\u202f', ' ').replace('\u00a0', ' ').replaceAll("\\s+", " ");
    }

    private static void assertRefused(Reply reply, int status, String message) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.body().contains(message), reply.body());
    }
}
