package fr.mcp.declaration.application;

import fr.mcp.declaration.application.internal.DeclarationAccess;
import fr.mcp.declaration.application.internal.DeclarationAccess.Access;
import fr.mcp.declaration.domain.Attachment;
import fr.mcp.declaration.domain.Declaration;
import fr.mcp.declaration.domain.DeclarationState;
import fr.mcp.declaration.domain.DocumentType;
import fr.mcp.habilitation.domain.AfasRole;
import fr.mcp.identity.domain.Roles;
import fr.mcp.shared.domain.Forbidden;
import fr.mcp.shared.domain.OutOfScope;
import fr.mcp.shared.domain.RuleViolation;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Supporting documents of a declaration: added by its providers and approver while it can still change, read by
 * whoever may read the declaration (Caf agents included). Checked on the way in — size (streamed, never held in
 * memory), accepted type by name and by first bytes, count — and stored as files under {@code mcp.attachments.dir}
 * named by a random key; a file is written only when its row commits, and removed when its row is.
 */
@Stateless
@RolesAllowed({Roles.AFAS_DECLARER, Roles.CAF_REVIEWER, Roles.CAF_ADMIN})
public class Attachments {

    public static final int MAX_PER_DECLARATION = 20;
    private static final Set<AfasRole> CONTRIBUTORS =
            Set.of(AfasRole.FDA, AfasRole.FDF, AfasRole.FDI, AfasRole.APPROVER);
    /** States in which a declaration's documents no longer change. */
    public static final Set<DeclarationState> LOCKED = Set.of(DeclarationState.TRANSMITTED, DeclarationState.VALIDATED);

    /** A document to send back: its name, type, size and where its bytes are. */
    public record Download(String fileName, String contentType, long sizeBytes, Path file) {}

    @PersistenceContext(unitName = "mcp")
    private EntityManager em;

    @Inject
    private DeclarationAccess access;

    @Inject
    private Clock clock;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Inject
    @ConfigProperty(name = "mcp.attachments.maxBytes", defaultValue = "10485760")
    private long maxBytes;

    @Inject
    @ConfigProperty(name = "mcp.attachments.dir")
    private Optional<String> directory;

    public long maxBytes() {
        return maxBytes;
    }

    public AttachmentRow add(Long declarationId, String fileName, InputStream content) {
        Access found = access.open(declarationId);
        Declaration declaration = found.declaration();
        if (found.viewer().cafAgent() || found.viewer().roles().stream().noneMatch(CONTRIBUTORS::contains)) {
            throw Forbidden.of("attachment.rights");
        }
        if (LOCKED.contains(declaration.getState())) {
            throw RuleViolation.of("attachment.locked", declaration.getState().label());
        }
        String name = cleanName(fileName);
        DocumentType type = DocumentType.ofName(name)
                .orElseThrow(() -> RuleViolation.of("attachment.type", DocumentType.accepted()));
        long count = em.createQuery(
                        "SELECT COUNT(a) FROM Attachment a WHERE a.declarationId = :declaration", Long.class)
                .setParameter("declaration", declaration.getId())
                .getSingleResult();
        if (count >= MAX_PER_DECLARATION) {
            throw RuleViolation.of("attachment.tooMany", MAX_PER_DECLARATION);
        }
        String key = UUID.randomUUID().toString().replace("-", "");
        Path target = root().resolve(key);
        Path temporary = root().resolve(key + ".part");
        Stored stored = store(content, temporary, type);
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            delete(temporary);
            throw new UncheckedIOException(e);
        }
        onRollback(target);
        Attachment attachment = new Attachment(
                declaration.getId(),
                name,
                type.mediaType(),
                stored.size(),
                stored.sha256(),
                key,
                found.viewer().author().login(),
                clock.instant());
        em.persist(attachment);
        em.flush();
        return AttachmentRow.of(attachment);
    }

    public List<AttachmentRow> list(Long declarationId) {
        return rows(em, access.open(declarationId).declaration().getId());
    }

    /** The documents of a declaration already opened for the caller. */
    static List<AttachmentRow> rows(EntityManager em, long declarationId) {
        return em
                .createQuery(
                        "SELECT a FROM Attachment a WHERE a.declarationId = :declaration ORDER BY a.uploadedAt, a.id",
                        Attachment.class)
                .setParameter("declaration", declarationId)
                .getResultList()
                .stream()
                .map(AttachmentRow::of)
                .toList();
    }

    public Download download(Long attachmentId) {
        Attachment attachment = attachmentId == null ? null : em.find(Attachment.class, attachmentId);
        if (attachment == null) {
            throw OutOfScope.of("attachment.notFound");
        }
        access.open(attachment.getDeclarationId());
        return new Download(
                attachment.getFileName(),
                attachment.getContentType(),
                attachment.getSizeBytes(),
                root().resolve(attachment.getStorageKey()));
    }

    /** Removes a document while the declaration can change: by whoever added it, or the approver. */
    public void remove(Long attachmentId) {
        Attachment attachment = attachmentId == null ? null : em.find(Attachment.class, attachmentId);
        if (attachment == null) {
            throw OutOfScope.of("attachment.notFound");
        }
        Access found = access.open(attachment.getDeclarationId());
        if (found.viewer().cafAgent()
                || !(found.viewer().approver()
                        || found.viewer().author().login().equals(attachment.getUploadedBy()))) {
            throw Forbidden.of("attachment.rights");
        }
        if (LOCKED.contains(found.declaration().getState())) {
            throw RuleViolation.of(
                    "attachment.locked", found.declaration().getState().label());
        }
        Path file = root().resolve(attachment.getStorageKey());
        em.remove(attachment);
        transactions.registerInterposedSynchronization(afterCompletion(status -> {
            if (status == Status.STATUS_COMMITTED) {
                delete(file);
            }
        }));
    }

    private record Stored(long size, String sha256) {}

    private Stored store(InputStream content, Path temporary, DocumentType type) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] head = new byte[0];
            long size = 0;
            try (InputStream in = content;
                    OutputStream out = Files.newOutputStream(temporary)) {
                byte[] buffer = new byte[64 * 1024];
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    size += read;
                    if (size > maxBytes) {
                        throw RuleViolation.of("attachment.tooBig", maxBytes / (1024 * 1024));
                    }
                    if (head.length < 16) {
                        head = concat(head, Arrays.copyOf(buffer, Math.min(read, 16 - head.length)));
                    }
                    sha.update(buffer, 0, read);
                    out.write(buffer, 0, read);
                }
            }
            if (size == 0) {
                throw RuleViolation.of("attachment.empty");
            }
            if (!type.matches(head)) {
                throw RuleViolation.of("attachment.content", type.name());
            }
            return new Stored(size, HexFormat.of().formatHex(sha.digest()));
        } catch (RuleViolation refused) {
            delete(temporary);
            throw refused;
        } catch (IOException e) {
            delete(temporary);
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }

    private void onRollback(Path file) {
        transactions.registerInterposedSynchronization(afterCompletion(status -> {
            if (status != Status.STATUS_COMMITTED) {
                delete(file);
            }
        }));
    }

    private static Synchronization afterCompletion(IntConsumer action) {
        return new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing before
            }

            @Override
            public void afterCompletion(int status) {
                action.accept(status);
            }
        };
    }

    private Path root() {
        Path root = directory.filter(d -> !d.isBlank()).map(Path::of).orElseGet(() -> Path.of(
                        System.getProperty("server.output.dir", System.getProperty("java.io.tmpdir")))
                .resolve("attachments"));
        try {
            return Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover file has no row: nothing reads it
        }
    }

    private static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("[\\p{Cntrl}\"]", "")
                .trim();
        if (name.isEmpty()) {
            throw RuleViolation.of("attachment.name.required");
        }
        if (name.length() > 200) {
            throw RuleViolation.of("attachment.name.tooLong");
        }
        return name;
    }
}
