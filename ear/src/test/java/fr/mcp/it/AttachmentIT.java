package fr.mcp.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.mcp.it.support.Api;
import fr.mcp.it.support.Api.Reply;
import fr.mcp.it.support.DeclarationFixture;
import jakarta.json.JsonArray;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Supporting documents of a declaration: a provider adds a PDF, the approver and the Caf read it back byte for byte,
 * another partner's user cannot; a file too big, of a refused type or whose content lies about its type is refused in
 * French and nothing is stored.
 */
class AttachmentIT {

    private static final byte[] PDF =
            "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                    .getBytes(StandardCharsets.US_ASCII);

    @Test
    void aProviderAddsADocumentThatTheApproverAndTheCafReadBackAndOthersCannot() throws Exception {
        DeclarationFixture d = DeclarationFixture.create();
        String base = "/api/v1/declarations/" + d.declarationId() + "/attachments";

        Reply added = Api.upload("ENFFDF", base + "?name=Facture%20mai.pdf", "application/pdf", PDF);
        assertEquals(201, added.status(), added.body());
        long id = added.json().getJsonNumber("id").longValue();
        assertEquals("Facture mai.pdf", added.json().getString("fileName"));
        assertEquals(PDF.length, added.json().getJsonNumber("sizeBytes").longValue());

        JsonArray listed = Api.as("ENFAPP", "GET", base, null).jsonArray();
        assertEquals(1, listed.size(), listed.toString());
        for (String reader : new String[] {"ENFAPP", "CAFREV"}) {
            HttpResponse<byte[]> file = Api.download(reader, "/api/v1/declarations/attachments/" + id);
            assertEquals(200, file.statusCode(), reader);
            assertArrayEquals(PDF, file.body(), reader + " reads the same bytes");
            assertTrue(
                    file.headers().firstValue("Content-Disposition").orElse("").contains("Facture%20mai.pdf"));
        }
        assertEquals(
                403,
                Api.download("ASSADM", "/api/v1/declarations/attachments/" + id).statusCode(),
                "a partner administrator without AFAS role");
        assertEquals(
                404,
                Api.download("PARADM", "/api/v1/declarations/attachments/" + id).statusCode(),
                "another Caf");
        assertEquals(
                403,
                Api.upload("CAFREV", base + "?name=note.pdf", "application/pdf", PDF)
                        .status(),
                "the Caf reads, partners add");
    }

    @Test
    void tooBigWrongTypeAndLyingContentAreRefusedInFrenchAndNothingIsStored() throws Exception {
        DeclarationFixture d = DeclarationFixture.create();
        String base = "/api/v1/declarations/" + d.declarationId() + "/attachments";

        byte[] big = Arrays.copyOf(PDF, 11 * 1024 * 1024);
        Reply tooBig = Api.upload("ENFFDF", base + "?name=gros.pdf", "application/pdf", big);
        assertEquals(413, tooBig.status(), tooBig.body());
        assertTrue(tooBig.body().contains("dépasse la taille maximale de 10 Mo"), tooBig.body());

        Reply exe = Api.upload(
                "ENFFDF",
                base + "?name=outil.exe",
                "application/octet-stream",
                "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(400, exe.status());
        assertTrue(exe.body().contains("Ce type de fichier n'est pas accepté"), exe.body());

        Reply lying = Api.upload("ENFFDF", base + "?name=photo.png", "image/png", PDF);
        assertEquals(400, lying.status());
        assertTrue(lying.body().contains("ne correspond pas à son extension (PNG)"), lying.body());

        Reply empty = Api.upload("ENFFDF", base + "?name=vide.pdf", "application/pdf", new byte[0]);
        assertEquals(400, empty.status());

        assertEquals(0, Api.as("ENFAPP", "GET", base, null).jsonArray().size(), "nothing stored");
    }
}
