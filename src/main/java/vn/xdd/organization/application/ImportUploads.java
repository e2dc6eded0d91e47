package vn.xdd.organization.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;


/**
 * The files uploaded for an import, kept under the data directory ({@code uploads/members}) with a
 * random name, readable by the application's account only, until the import is done or abandoned.
 * They hold personal data: none outlives its import, and those a stopped application left behind are
 * deleted at the next start.
 */
@Component
public class ImportUploads {

	private static final Logger log = LoggerFactory.getLogger(ImportUploads.class);

	private final Path directory;

	private final long maxBytes;

	public ImportUploads(@Value("${xdd.data-dir:./data}") Path dataDir, MemberImportProperties properties,
			@Value("${spring.servlet.multipart.max-file-size:-1B}") DataSize multipartLimit) {
		this.directory = dataDir.toAbsolutePath().normalize().resolve("uploads").resolve("members");
		long own = properties.maxFileSize().toBytes();
		long servlet = multipartLimit.toBytes();
		this.maxBytes = servlet > 0 ? Math.min(own, servlet) : own;
		deleteLeftovers();
	}

	/** The largest file accepted: the import's own limit or the upload limit, the smaller. */
	public long maxBytes() {
		return maxBytes;
	}

	/** The limit in whole megabytes, as messages state it. */
	public long maxMegabytes() {
		return Math.max(1, maxBytes / (1024 * 1024));
	}

	/**
	 * Copies an upload into a file of its own.
	 *
	 * @throws MemberFileTooLarge when it is larger than {@link #maxBytes()} (nothing is kept)
	 */
	public Path store(InputStream in) {
		Path file = directory.resolve(UUID.randomUUID() + ".xlsx");
		try {
			Files.createDirectories(directory);
			if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
				Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			}
			long copied = 0;
			byte[] buffer = new byte[64 * 1024];
			try (OutputStream out = Files.newOutputStream(file)) {
				for (int n; (n = in.read(buffer)) > 0;) {
					copied += n;
					if (copied > maxBytes) {
						throw new MemberFileTooLarge(maxMegabytes());
					}
					out.write(buffer, 0, n);
				}
			}
			return file;
		}
		catch (IOException e) {
			delete(file);
			throw new UncheckedIOException(e);
		}
		catch (RuntimeException e) {
			delete(file);
			throw e;
		}
	}

	public void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException e) {
			log.warn("Không xóa được tệp tải lên {}: {}", file, e.toString());
		}
	}

	/** Uploads of an application that stopped: their imports are gone with it. */
	private void deleteLeftovers() {
		if (!Files.isDirectory(directory)) {
			return;
		}
		try (Stream<Path> files = Files.list(directory)) {
			files.filter(f -> f.getFileName().toString().endsWith(".xlsx")).forEach(this::delete);
		}
		catch (IOException e) {
			log.warn("Không dọn được thư mục tải lên {}: {}", directory, e.toString());
		}
	}
}
