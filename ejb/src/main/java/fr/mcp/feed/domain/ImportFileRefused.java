package fr.mcp.feed.domain;

/** The whole file cannot be read (size, format, columns): nothing is applied and the reason is kept in the report. */
public class ImportFileRefused extends RuntimeException {

    public ImportFileRefused(String message) {
        super(message);
    }
}
