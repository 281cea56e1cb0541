package fr.mcp.declaration.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of supporting documents accepted, each recognised by its extension and by its first bytes (a file renamed
 * to .pdf is not a PDF).
 */
public enum DocumentType {
    PDF("pdf", "application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    PNG("png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
    JPEG("jpg", "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    JPEG_LONG("jpeg", "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", new byte[] {'P', 'K', 3, 4}),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", new byte[] {'P', 'K', 3, 4
    }),
    ODS("ods", "application/vnd.oasis.opendocument.spreadsheet", new byte[] {'P', 'K', 3, 4}),
    ODT("odt", "application/vnd.oasis.opendocument.text", new byte[] {'P', 'K', 3, 4});

    private final String extension;
    private final String mediaType;
    private final byte[] signature;

    DocumentType(String extension, String mediaType, byte[] signature) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.signature = signature;
    }

    /** The type a file name announces, if accepted. */
    public static Optional<DocumentType> ofName(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(t -> t.extension.equals(extension))
                .findFirst();
    }

    /** Whether the file's first bytes are those of this type. */
    public boolean matches(byte[] head) {
        if (head.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (head[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }

    public String mediaType() {
        return mediaType;
    }

    public static String accepted() {
        return "PDF, PNG, JPEG, XLSX, DOCX, ODS, ODT";
    }
}
