package fr.mcp.feed.domain;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads an import file into rows. CSV: UTF-8 (a byte-order mark is allowed), a header line
 * {@code declaration;formulaire;champ;valeur} (or with commas), then one value per line, quotes as in spreadsheets.
 * JSON: {@code {"lines":[{"declaration":12,"form":34,"field":"NB_HEURES","value":"120"}, …]}} or the array alone.
 * A file that cannot be read as a whole (size, encoding, syntax, columns, too many lines) is refused with a French
 * reason; a line that is merely wrong is kept and refused later on its own.
 */
public final class ImportFile {

    public static final List<String> COLUMNS = List.of("declaration", "formulaire", "champ", "valeur");
    public static final int MAX_LINES = 50_000;

    private ImportFile() {}

    public static List<ImportRow> read(ImportSource source, InputStream content, long maxBytes) {
        Reader reader = new InputStreamReader(
                new LimitedInput(content, maxBytes),
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
        try {
            List<ImportRow> rows = source == ImportSource.CSV ? csv(new BufferedReader(reader)) : json(reader);
            if (rows.isEmpty()) {
                throw new ImportFileRefused("Le fichier ne contient aucune ligne de valeurs.");
            }
            return rows;
        } catch (CharacterCodingException e) {
            throw new ImportFileRefused(
                    "Le fichier n'est pas encodé en UTF-8 : enregistrez-le en « CSV UTF-8 » ou en JSON UTF-8.");
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new ImportFileRefused(
                        "Le fichier n'est pas encodé en UTF-8 : enregistrez-le en « CSV UTF-8 » ou en JSON UTF-8.");
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<ImportRow> csv(BufferedReader reader) throws IOException {
        String header = reader.readLine();
        if (header == null) {
            throw new ImportFileRefused("Le fichier est vide.");
        }
        if (!header.isEmpty() && header.charAt(0) == '\ufeff') {
            header = header.substring(1);
        }
        char separator = header.indexOf(';') >= 0 ? ';' : ',';
        List<String> columns = cells(header, separator).stream()
                .map(c -> c.strip().toLowerCase(Locale.ROOT))
                .toList();
        if (!columns.equals(COLUMNS)) {
            throw new ImportFileRefused("Colonnes attendues : " + String.join(";", COLUMNS) + " ; trouvées : "
                    + abbreviate(String.join(";", columns)) + ".");
        }
        List<ImportRow> rows = new ArrayList<>();
        String text;
        int line = 1;
        while ((text = reader.readLine()) != null) {
            line++;
            if (text.isBlank()) {
                continue;
            }
            if (rows.size() >= MAX_LINES) {
                throw new ImportFileRefused(
                        "Le fichier dépasse " + MAX_LINES + " lignes : découpez-le en plusieurs imports.");
            }
            List<String> cells = cells(text, separator);
            rows.add(
                    cells.size() == COLUMNS.size()
                            ? new ImportRow(line, cells.get(0), cells.get(1), cells.get(2), cells.get(3))
                            : ImportRow.unreadable(
                                    line, "« " + abbreviate(text) + " » : " + cells.size() + " colonnes au lieu de 4"));
        }
        return rows;
    }

    /** The cells of one CSV line: separator inside quotes kept, doubled quotes read as one. */
    static List<String> cells(String line, char separator) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                quoted = true;
                cell.setLength(0);
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    static List<ImportRow> json(Reader reader) {
        List<ImportRow> rows = new ArrayList<>();
        try (JsonParser parser = Json.createParser(reader)) {
            if (!parser.hasNext()) {
                throw new ImportFileRefused("Le fichier est vide.");
            }
            JsonParser.Event first = parser.next();
            if (first == JsonParser.Event.START_OBJECT) {
                if (!parser.hasNext()
                        || parser.next() != JsonParser.Event.KEY_NAME
                        || !"lines".equals(parser.getString())
                        || !parser.hasNext()
                        || parser.next() != JsonParser.Event.START_ARRAY) {
                    throw new ImportFileRefused("Le JSON attendu est {\"lines\": [ … ]} ou un tableau de lignes.");
                }
            } else if (first != JsonParser.Event.START_ARRAY) {
                throw new ImportFileRefused("Le JSON attendu est {\"lines\": [ … ]} ou un tableau de lignes.");
            }
            int element = 0;
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                if (event == JsonParser.Event.END_ARRAY) {
                    break;
                }
                element++;
                if (element > MAX_LINES) {
                    throw new ImportFileRefused(
                            "Le fichier dépasse " + MAX_LINES + " lignes : découpez-le en plusieurs imports.");
                }
                if (event != JsonParser.Event.START_OBJECT) {
                    skip(parser, event);
                    rows.add(ImportRow.unreadable(
                            element, "l'élément n'est pas un objet {declaration, form, field, value}"));
                    continue;
                }
                rows.add(row(parser, element));
            }
        } catch (JsonParsingException e) {
            throw new ImportFileRefused(
                    "Le fichier JSON est mal formé (ligne " + e.getLocation().getLineNumber() + ", colonne "
                            + e.getLocation().getColumnNumber() + ").");
        } catch (JsonException e) {
            if (e.getCause() instanceof CharacterCodingException coding) {
                throw new UncheckedIOException(coding);
            }
            if (e.getCause() instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw new ImportFileRefused("Le fichier JSON est mal formé.");
        }
        return rows;
    }

    private static ImportRow row(JsonParser parser, int element) {
        String declaration = null;
        String form = null;
        String field = null;
        String value = null;
        String unknown = null;
        while (parser.hasNext()) {
            JsonParser.Event event = parser.next();
            if (event == JsonParser.Event.END_OBJECT) {
                break;
            }
            String key = parser.getString();
            JsonParser.Event valueEvent = parser.next();
            String text =
                    switch (valueEvent) {
                        case VALUE_STRING, VALUE_NUMBER -> parser.getString();
                        case VALUE_TRUE -> "true";
                        case VALUE_FALSE -> "false";
                        case VALUE_NULL -> null;
                        default -> {
                            skip(parser, valueEvent);
                            yield null;
                        }
                    };
            switch (key) {
                case "declaration" -> declaration = text;
                case "form" -> form = text;
                case "field" -> field = text;
                case "value" -> value = text;
                default -> unknown = key;
            }
        }
        if (unknown != null) {
            return ImportRow.unreadable(
                    element,
                    "propriété inconnue « " + abbreviate(unknown) + " » (attendues : declaration, form, field, value)");
        }
        return new ImportRow(element, declaration, form, field, value);
    }

    private static void skip(JsonParser parser, JsonParser.Event event) {
        if (event == JsonParser.Event.START_ARRAY) {
            parser.skipArray();
        } else if (event == JsonParser.Event.START_OBJECT) {
            parser.skipObject();
        }
    }

    static String abbreviate(String text) {
        return text.length() > 80 ? text.substring(0, 77) + "…" : text;
    }
}
