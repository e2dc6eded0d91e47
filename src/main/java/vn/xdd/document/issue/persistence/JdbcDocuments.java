package vn.xdd.document.issue.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.xdd.document.DocumentKind;
import vn.xdd.document.issue.persistence.DocumentRows.DocumentRow;
import vn.xdd.document.issue.persistence.DocumentRows.Filter;
import vn.xdd.document.issue.persistence.DocumentRows.VersionRow;
import vn.xdd.document.numbering.domain.DocumentNumber;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.VietnameseText;

/**
 * Issued documents and their versions in PostgreSQL. Versions are only ever added: the database
 * refuses to change or remove one.
 */
@Repository
public class JdbcDocuments {

	private static final String SELECT = """
			select d.id, d.unit_id, d.kind, d.type_code, t.name as type_name, d.term_id,
			       d.number, d.suffix, d.number_symbol, d.issued_on, d.summary, d.source_id, d.status,
			       d.created_by, d.created_at
			  from issued_document d
			  join document_type t on t.code = d.type_code
			""";

	/** What a new document row holds. */
	public record NewDocument(OrgUnitId unit, DocumentKind kind, String typeCode, long termId, DocumentNumber number,
			String numberSymbol, LocalDate issuedOn, String summary, long sourceId, String createdBy) {
	}

	private final JdbcClient jdbc;

	public JdbcDocuments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(NewDocument d) {
		return jdbc.sql("""
				insert into issued_document (unit_id, kind, type_code, term_id, number, suffix, number_symbol,
				       issued_on, summary, search_key, source_kind, source_id, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(d.unit().value(), d.kind().name(), d.typeCode(), d.termId(), d.number().number(),
					d.number().suffix() == null ? null : d.number().suffix().toString(), d.numberSymbol(),
					d.issuedOn(), d.summary(), VietnameseText.searchKey(d.numberSymbol() + " " + d.summary()),
					d.kind().name(), d.sourceId(), d.createdBy())
			.query(Long.class)
			.single();
	}

	/** Adds a version of the files; the document row is locked so versions are numbered one by one. */
	public int addVersion(long documentId, byte[] docx, byte[] pdf, String docxSha256, String pdfSha256, String by) {
		jdbc.sql("select id from issued_document where id = ? for update").param(documentId).query(Long.class).single();
		int next = jdbc.sql("select coalesce(max(version_no), 0) + 1 from document_version where document_id = ?")
			.param(documentId)
			.query(Integer.class)
			.single();
		jdbc.sql("""
				insert into document_version (document_id, version_no, docx, pdf, docx_sha256, pdf_sha256, issued_by)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(documentId, next, docx, pdf, docxSha256, pdfSha256, by)
			.update();
		return next;
	}

	public Optional<DocumentRow> find(long id) {
		return jdbc.sql(SELECT + " where d.id = ?").param(id).query(JdbcDocuments::map).optional();
	}

	/** The document issued from a source, if any. */
	public Optional<DocumentRow> findBySource(DocumentKind kind, long sourceId) {
		return jdbc.sql(SELECT + " where d.source_kind = ? and d.source_id = ? and d.status = 'ISSUED'")
			.params(kind.name(), sourceId)
			.query(JdbcDocuments::map)
			.optional();
	}

	public List<DocumentRow> search(Filter filter) {
		StringBuilder sql = new StringBuilder(SELECT).append(" where d.unit_id = any(?)");
		List<Object> params = new ArrayList<>();
		params.add(filter.units().stream().map(OrgUnitId::value).toArray(Long[]::new));
		if (filter.query() != null && !filter.query().isBlank()) {
			for (String word : VietnameseText.searchKey(filter.query()).split(" ")) {
				sql.append(" and d.search_key like ?");
				params.add("%" + escapeLike(word) + "%");
			}
		}
		if (filter.typeCode() != null && !filter.typeCode().isBlank()) {
			sql.append(" and d.type_code = ?");
			params.add(filter.typeCode());
		}
		if (filter.year() != null) {
			sql.append(" and d.issued_on >= ? and d.issued_on < ?");
			params.add(LocalDate.of(filter.year(), 1, 1));
			params.add(LocalDate.of(filter.year() + 1, 1, 1));
		}
		sql.append(" order by d.issued_on desc, d.id desc limit 500");
		return jdbc.sql(sql.toString()).params(params).query(JdbcDocuments::map).list();
	}

	/** The years in which documents of the given units were issued, latest first. */
	public List<Integer> years(List<OrgUnitId> units) {
		return jdbc.sql("select distinct extract(year from issued_on)::int y from issued_document "
				+ "where unit_id = any(?) order by y desc")
			.param(units.stream().map(OrgUnitId::value).toArray(Long[]::new))
			.query(Integer.class)
			.list();
	}

	public List<VersionRow> versions(long documentId) {
		return jdbc.sql("""
				select document_id, version_no, docx_sha256, pdf_sha256, octet_length(docx), octet_length(pdf),
				       issued_by, issued_at
				  from document_version where document_id = ? order by version_no""")
			.param(documentId)
			.query((rs, i) -> new VersionRow(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
					rs.getLong(5), rs.getLong(6), rs.getString(7), rs.getTimestamp(8).toInstant()))
			.list();
	}

	/** The stored bytes of one file of a version. */
	public Optional<byte[]> content(long documentId, int versionNo, boolean pdf) {
		return jdbc.sql("select " + (pdf ? "pdf" : "docx") + " from document_version where document_id = ? and version_no = ?")
			.params(documentId, versionNo)
			.query((rs, i) -> rs.getBytes(1))
			.optional();
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static DocumentRow map(ResultSet rs, int i) throws SQLException {
		String suffix = rs.getString("suffix");
		return new DocumentRow(rs.getLong("id"), new OrgUnitId(rs.getLong("unit_id")),
				DocumentKind.valueOf(rs.getString("kind")), rs.getString("type_code"), rs.getString("type_name"),
				rs.getLong("term_id"), new DocumentNumber(rs.getInt("number"), suffix == null ? null : suffix.charAt(0)),
				rs.getString("number_symbol"), rs.getDate("issued_on").toLocalDate(), rs.getString("summary"),
				rs.getLong("source_id"), rs.getString("status"), rs.getString("created_by"),
				rs.getTimestamp("created_at").toInstant());
	}
}
