package vn.xdd.files;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import vn.xdd.shared.OrgUnitId;

/**
 * Stores and finds attached files. Modules keep the {@link FileId} with their record and link
 * to {@code /files/{id}} for the download, which checks the scope and the checksum.
 */
public interface Attachments {

	/**
	 * Stores an uploaded file for {@code unit} after checking its size, its extension and that
	 * its content is of that kind; throws {@link vn.xdd.shared.BusinessRuleException} (message
	 * {@code files.tooLarge}, {@code files.typeRefused}, {@code files.empty}) otherwise.
	 */
	StoredFile store(OrgUnitId unit, String fileName, byte[] content);

	/**
	 * Stores a file only its owning module serves (discipline files, sensitive personal data): the
	 * general download refuses it, and {@link #restrictedContent} gives it to the owner.
	 */
	StoredFile storeRestricted(OrgUnitId unit, String fileName, byte[] content, String owner);

	/** The content of a file the owner stored restricted, checksum checked; the download is audited. */
	byte[] restrictedContent(FileId id, String owner);

	Optional<StoredFile> find(FileId id);

	/** The files with the given ids, in the order given (unknown ids are left out). */
	List<StoredFile> findAll(Collection<FileId> ids);
}
