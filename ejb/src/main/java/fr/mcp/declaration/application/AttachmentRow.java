package fr.mcp.declaration.application;

import fr.mcp.declaration.domain.Attachment;
import java.time.Instant;

/** A supporting document as listed with its declaration. */
public record AttachmentRow(
        long id,
        String fileName,
        String contentType,
        long sizeBytes,
        String sha256,
        String uploadedBy,
        Instant uploadedAt) {

    static AttachmentRow of(Attachment a) {
        return new AttachmentRow(
                a.getId(),
                a.getFileName(),
                a.getContentType(),
                a.getSizeBytes(),
                a.getSha256(),
                a.getUploadedBy(),
                a.getUploadedAt());
    }
}
