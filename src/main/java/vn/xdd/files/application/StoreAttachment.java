package vn.xdd.files.application;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.files.Attachments;
import vn.xdd.files.FileId;
import vn.xdd.files.FileKind;
import vn.xdd.files.FilesProperties;
import vn.xdd.files.StoredFile;
import vn.xdd.files.domain.UploadRules;
import vn.xdd.files.persistence.JdbcAttachments;
import vn.xdd.shared.AccessScope;
import vn.xdd.shared.Actor;
import vn.xdd.shared.OrgUnitId;

/** Stores a file after checking size, kind and content, with its SHA-256 checksum. */
@Service
public class StoreAttachment implements Attachments {

	private final JdbcAttachments store;

	private final FilesProperties properties;

	private final AccessScope scope;

	private final org.springframework.context.ApplicationEventPublisher events;

	public StoreAttachment(JdbcAttachments store, FilesProperties properties, AccessScope scope,
			org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.store = store;
		this.properties = properties;
		this.scope = scope;
	}

	@Override
	@Transactional
	public StoredFile store(OrgUnitId unit, String fileName, byte[] content) {
		return store(unit, fileName, content, null);
	}

	@Override
	@Transactional
	public StoredFile storeRestricted(OrgUnitId unit, String fileName, byte[] content, String owner) {
		return store(unit, fileName, content, owner);
	}

	@Override
	@Transactional
	public byte[] restrictedContent(FileId id, String owner) {
		StoredFile file = store.find(id).orElseThrow(() -> new vn.xdd.shared.NotFoundException("ATTACHMENT",
				String.valueOf(id.value())));
		if (!owner.equals(file.restrictedTo())) {
			throw new vn.xdd.shared.NotFoundException("ATTACHMENT", String.valueOf(id.value()));
		}
		scope.requireReach(file.unit(), "ATTACHMENT", String.valueOf(id.value()));
		byte[] content = store.content(id);
		if (!vn.xdd.shared.Checksums.sha256(content).equals(file.sha256())) {
			throw new IllegalStateException("Checksum mismatch for attachment " + id.value());
		}
		events.publishEvent(new OpenAttachment.AttachmentDownloaded(id.value(), file.fileName()));
		return content;
	}

	private StoredFile store(OrgUnitId unit, String fileName, byte[] content,
			@org.jspecify.annotations.Nullable String restrictedTo) {
		scope.requireReach(unit, "ORG_UNIT", String.valueOf(unit.value()));
		String name = cleanName(fileName);
		FileKind kind = FileKind.ofFileName(name).orElse(null);
		UploadRules.STORE.enforce(new UploadRules.Upload(name, content, properties.maxSize().toBytes(),
				properties.maxSize().toMegabytes(), kind, properties.allowedExtensions()));
		FileKind accepted = java.util.Objects.requireNonNull(kind, "kind"); // refused above when none
		FileId id = store.insert(unit, name, accepted.contentType(), content, vn.xdd.shared.Checksums.sha256(content),
				Actor.currentName(), restrictedTo);
		return store.find(id).orElseThrow();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<StoredFile> find(FileId id) {
		return store.find(id);
	}

	@Override
	@Transactional(readOnly = true)
	public List<StoredFile> findAll(Collection<FileId> ids) {
		return store.findAll(ids);
	}

	/** The last path segment, in NFC, without control characters; browsers send full paths sometimes. */
	static String cleanName(String fileName) {
		String name = fileName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1);
		name = Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("\\p{Cntrl}", "").strip();
		if (name.length() > 200) {
			name = name.substring(name.length() - 200);
		}
		return name.isEmpty() ? "tep" : name;
	}


}
