package vn.xdd.files.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.xdd.files.FileId;
import vn.xdd.files.StoredFile;
import vn.xdd.shared.OrgUnitId;

/** The attachment table. */
@Repository
public class JdbcAttachments {

	private static final String COLUMNS = "id, unit_id, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at, restricted_to";

	private final JdbcClient jdbc;

	public JdbcAttachments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public FileId insert(OrgUnitId unit, String fileName, String contentType, byte[] content, String sha256,
			String uploadedBy) {
		return insert(unit, fileName, contentType, content, sha256, uploadedBy, null);
	}

	/** A file; with {@code restrictedTo}, one only that module serves. */
	public FileId insert(OrgUnitId unit, String fileName, String contentType, byte[] content, String sha256,
			String uploadedBy, @org.jspecify.annotations.Nullable String restrictedTo) {
		long id = jdbc.sql("""
				insert into attachment (unit_id, file_name, content_type, size_bytes, sha256, content, uploaded_by,
				    restricted_to)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(unit.value(), fileName, contentType, (long) content.length, sha256, content, uploadedBy, restrictedTo)
			.query(Long.class)
			.single();
		return new FileId(id);
	}

	public Optional<StoredFile> find(FileId id) {
		return jdbc.sql("select " + COLUMNS + " from attachment where id = ?")
			.param(id.value())
			.query(JdbcAttachments::map)
			.optional();
	}

	public List<StoredFile> findAll(Collection<FileId> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		List<StoredFile> found = jdbc.sql("select " + COLUMNS + " from attachment where id = any(?)")
			.param(ids.stream().mapToLong(FileId::value).boxed().toArray(Long[]::new))
			.query(JdbcAttachments::map)
			.list();
		return ids.stream().flatMap(id -> found.stream().filter(f -> f.id().equals(id)).findFirst().stream()).toList();
	}

	public byte[] content(FileId id) {
		return jdbc.sql("select content from attachment where id = ?").param(id.value()).query(byte[].class).single();
	}

	private static StoredFile map(ResultSet rs, int row) throws SQLException {
		return new StoredFile(new FileId(rs.getLong("id")), new OrgUnitId(rs.getLong("unit_id")),
				rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
				rs.getString("sha256"), rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant(),
				rs.getString("restricted_to"));
	}
}
