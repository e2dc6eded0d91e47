package vn.xdd.files;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import vn.xdd.shared.OrgUnitId;

/**
 * A stored file as other modules see it (without its content).
 *
 * @param unit the unit whose scope may open the file
 * @param sha256 the checksum computed when the file was stored, in hexadecimal
 */
public record StoredFile(FileId id, OrgUnitId unit, String fileName, String contentType, long sizeBytes,
		String sha256, String uploadedBy, Instant uploadedAt, @Nullable String restrictedTo) {
}
