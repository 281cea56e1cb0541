package fr.mcp.web.api;

/** CSV for spreadsheets: UTF-8 with a byte-order mark, semicolon-separated (French Excel). */
public final class Csv {

    public static final char BOM = '\ufeff';

    private Csv() {}

    /** A CSV cell: quoted when needed; a leading =, +, - or @ is neutralised so a spreadsheet never runs it as a formula. */
    public static String cell(String value) {
        if (value == null) {
            return "";
        }
        String text = value.replace("\r", " ").replace("\n", " ");
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return text.contains(";") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
