package vn.xdd.document.issue.application;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.document.issue.persistence.DocumentRows.DocumentRow;
import vn.xdd.document.issue.persistence.DocumentRows.Filter;
import vn.xdd.document.issue.persistence.DocumentRows.VersionRow;
import vn.xdd.document.issue.persistence.JdbcDocuments;
import vn.xdd.document.numbering.persistence.JdbcNumbering;
import vn.xdd.organization.OrgUnitSummary;
import vn.xdd.organization.OrgUnits;
import vn.xdd.shared.AccessScope;
import vn.xdd.shared.NotFoundException;
import vn.xdd.shared.OrgUnitId;

/**
 * The document register as the signed-in user sees it: documents issued by units within the
 * scope; any other document is answered as not found (and the attempt recorded).
 */
@Component
@Transactional(readOnly = true)
public class DocumentQueries {

	private final JdbcDocuments documents;

	private final JdbcNumbering numbering;

	private final AccessScope scope;

	private final OrgUnits units;

	public DocumentQueries(JdbcDocuments documents, JdbcNumbering numbering, AccessScope scope, OrgUnits units) {
		this.documents = documents;
		this.numbering = numbering;
		this.scope = scope;
		this.units = units;
	}

	public List<DocumentRow> search(@Nullable String query, @Nullable String typeCode, @Nullable Integer year) {
		List<OrgUnitId> reach = reach();
		return reach.isEmpty() ? List.of() : documents.search(new Filter(reach, query, typeCode, year));
	}

	public List<Integer> years() {
		List<OrgUnitId> reach = reach();
		return reach.isEmpty() ? List.of() : documents.years(reach);
	}

	public List<JdbcNumbering.DocumentType> types() {
		return numbering.types();
	}

	public DocumentRow visible(long id) {
		DocumentRow row = documents.find(id).orElseThrow(() -> new NotFoundException("DOCUMENT", Long.toString(id)));
		scope.requireReach(row.unit(), "DOCUMENT", Long.toString(id));
		return row;
	}

	/** The document issued from a source the caller has already read through its module (scope checked there). */
	public java.util.Optional<DocumentRow> issuedFrom(vn.xdd.document.DocumentKind kind, long sourceId) {
		return documents.findBySource(kind, sourceId);
	}

	public List<VersionRow> versions(long documentId) {
		return documents.versions(documentId);
	}

	/** The names of the given units, for display. */
	public Map<OrgUnitId, String> unitNames(List<OrgUnitId> issuers) {
		Map<OrgUnitId, String> names = new HashMap<>();
		for (OrgUnitId issuer : issuers) {
			names.computeIfAbsent(issuer,
					u -> units.find(u).map(OrgUnitSummary::name).orElse(u.toString()));
		}
		return names;
	}

	private List<OrgUnitId> reach() {
		return units.subtrees(scope.grantRoots()).stream().map(OrgUnitSummary::id).toList();
	}
}
