package fr.mcp.feed.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportFileTest {

    private static List<ImportRow> read(ImportSource source, String text) {
        return ImportFile.read(source, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 1024 * 1024);
    }

    private static String refusal(ImportSource source, String text) {
        return assertThrows(ImportFileRefused.class, () -> read(source, text)).getMessage();
    }

    @Test
    void csvWithBomQuotesAndCommasKeepsEachLineWithItsNumber() {
        List<ImportRow> rows = read(
                ImportSource.CSV,
                "\ufeffDeclaration;Formulaire;Champ;Valeur\n12;34;comment;\"a;b \"\"c\"\"\"\n\n12;34;x;1\n");
        assertEquals(2, rows.size());
        assertEquals(new ImportRow(2, "12", "34", "comment", "a;b \"c\""), rows.get(0));
        assertEquals(4, rows.get(1).line(), "blank lines are skipped but counted");
        assertEquals(12L, rows.get(1).declarationId());
        List<ImportRow> commas = read(ImportSource.CSV, "declaration,formulaire,champ,valeur\r\n1,2,x,\"3,5\"\r\n");
        assertEquals("3,5", commas.get(0).value());
    }

    @Test
    void aCsvLineWithTheWrongNumberOfCellsIsKeptAsUnreadableNotTheWholeFile() {
        List<ImportRow> rows = read(ImportSource.CSV, "declaration;formulaire;champ;valeur\n1;2;3\nabc;2;x;1\n");
        assertTrue(
                rows.get(0).problem().contains("3 colonnes au lieu de 4"),
                rows.get(0).problem());
        assertNull(rows.get(1).problem());
        assertNull(rows.get(1).declarationId(), "a wrong id is left for the line's report");
    }

    @Test
    void aFileThatCannotBeReadAsAWholeIsRefusedInFrench() {
        assertTrue(refusal(ImportSource.CSV, "id;form;code;value\n1;2;3;4\n")
                .startsWith("Colonnes attendues : declaration;formulaire;champ;valeur"));
        assertEquals("Le fichier est vide.", refusal(ImportSource.CSV, ""));
        assertEquals(
                "Le fichier ne contient aucune ligne de valeurs.",
                refusal(ImportSource.CSV, "declaration;formulaire;champ;valeur\n"));
        assertTrue(refusal(ImportSource.JSON, "{\"lines\":[{\"declaration\":1,")
                .startsWith("Le fichier JSON est mal formé"));
        assertTrue(refusal(ImportSource.JSON, "{\"rows\":[]}").startsWith("Le JSON attendu est"));
        String latin1 = assertThrows(
                        ImportFileRefused.class,
                        () -> ImportFile.read(
                                ImportSource.CSV,
                                new ByteArrayInputStream("declaration;formulaire;champ;valeur\n1;2;x;\u00e9t\u00e9\n"
                                        .getBytes(StandardCharsets.ISO_8859_1)),
                                1000))
                .getMessage();
        assertTrue(latin1.contains("UTF-8"), latin1);
        String big = assertThrows(
                        ImportFileRefused.class,
                        () -> ImportFile.read(
                                ImportSource.CSV,
                                new ByteArrayInputStream(("declaration;formulaire;champ;valeur\n"
                                                + "1;2;x;0123456789012345678901234567890\n".repeat(30_000))
                                        .getBytes(StandardCharsets.UTF_8)),
                                1024 * 1024))
                .getMessage();
        assertTrue(big.contains("taille maximale de 1 Mo"), big);
        String many = assertThrows(
                        ImportFileRefused.class,
                        () -> ImportFile.read(
                                ImportSource.CSV,
                                new ByteArrayInputStream(
                                        ("declaration;formulaire;champ;valeur\n" + "1;2;x;1\n".repeat(50_001))
                                                .getBytes(StandardCharsets.UTF_8)),
                                10 * 1024 * 1024))
                .getMessage();
        assertTrue(many.contains("dépasse 50000 lignes"), many);
    }

    @Test
    void jsonAcceptsTheObjectOrTheArrayNumbersOrTextAndReportsStrangeElements() {
        List<ImportRow> rows = read(
                ImportSource.JSON,
                "{\"lines\":[{\"declaration\":12,\"form\":\"34\",\"field\":\"x\",\"value\":1.50},"
                        + "[1,2],{\"declaration\":1,\"colour\":\"red\"},{\"declaration\":1,\"form\":2,\"field\":\"y\",\"value\":null}]}");
        assertEquals(new ImportRow(1, "12", "34", "x", "1.50"), rows.get(0));
        assertTrue(rows.get(1).problem().contains("n'est pas un objet"));
        assertTrue(rows.get(2).problem().contains("propriété inconnue « colour »"));
        assertNull(rows.get(3).value(), "null clears the value");
        assertEquals(
                1,
                read(ImportSource.JSON, "[{\"declaration\":1,\"form\":2,\"field\":\"x\",\"value\":\"3\"}]")
                        .size());
    }
}
