package vn.xdd.document.numbering.persistence;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.xdd.document.numbering.domain.CommitteeTerm;
import vn.xdd.document.numbering.domain.DocumentNumber;
import vn.xdd.shared.OrgUnitId;

/** Document types, committee terms and the number sequences in PostgreSQL. */
@Repository
public class JdbcNumbering {

	/** A document type of the catalogue: KH Kế hoạch. */
	public record DocumentType(String code, String name) {
	}

	private final JdbcClient jdbc;

	public JdbcNumbering(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<DocumentType> types() {
		return jdbc.sql("select code, name from document_type order by sort_order")
			.query((rs, i) -> new DocumentType(rs.getString(1), rs.getString(2)))
			.list();
	}

	public boolean typeExists(String code) {
		return jdbc.sql("select count(*) from document_type where code = ?").param(code).query(Long.class).single() > 0;
	}

	public List<CommitteeTerm> terms(OrgUnitId unit) {
		return jdbc.sql("select id, name, starts_on, ends_on from committee_term where unit_id = ? order by starts_on desc")
			.param(unit.value())
			.query((rs, i) -> {
				Date end = rs.getDate(4);
				return new CommitteeTerm(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate(),
						end == null ? null : end.toLocalDate());
			})
			.list();
	}

	public long insertTerm(OrgUnitId unit, String name, LocalDate startsOn, @Nullable LocalDate endsOn, String by) {
		return jdbc.sql("""
				insert into committee_term (unit_id, name, starts_on, ends_on, created_by)
				values (?, ?, ?, ?, ?) returning id""")
			.params(unit.value(), name, startsOn, endsOn, by)
			.query(Long.class)
			.single();
	}

	/** Removes a term no document was numbered in; false when it does not exist or is in use. */
	public boolean deleteUnusedTerm(OrgUnitId unit, long termId) {
		// Only the unit's own term: a term id of another unit removes nothing.
		jdbc.sql("delete from document_number_sequence s where s.term_id = ? and s.unit_id = ? and not exists "
				+ "(select 1 from issued_document d where d.term_id = s.term_id)").params(termId, unit.value()).update();
		return jdbc.sql("""
				delete from committee_term t where t.id = ? and t.unit_id = ?
				   and not exists (select 1 from issued_document d where d.term_id = t.id)""")
			.params(termId, unit.value())
			.update() == 1;
	}

	/**
	 * The next number of the series, in one statement: concurrent reservations wait on the
	 * sequence's row and never share a number.
	 */
	public int reserve(OrgUnitId unit, String typeCode, long termId) {
		return jdbc.sql("""
				insert into document_number_sequence (unit_id, type_code, term_id, last_number)
				values (?, ?, ?, 1)
				on conflict (unit_id, type_code, term_id)
				do update set last_number = document_number_sequence.last_number + 1
				returning last_number""")
			.params(unit.value(), typeCode, termId)
			.query(Integer.class)
			.single();
	}

	/** The numbers already issued in a series with the given number, plain or with a letter. */
	public List<DocumentNumber> issuedWithNumber(OrgUnitId unit, String typeCode, long termId, int number) {
		return jdbc.sql("""
				select number, suffix from issued_document
				 where unit_id = ? and type_code = ? and term_id = ? and number = ?""")
			.params(unit.value(), typeCode, termId, number)
			.query((rs, i) -> {
				String suffix = rs.getString(2);
				return new DocumentNumber(rs.getInt(1), suffix == null ? null : suffix.charAt(0));
			})
			.list();
	}
}
