package vn.xdd.document.issue.application;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.document.issue.persistence.DocumentRows.DocumentRow;
import vn.xdd.shared.OrgUnitId;

/**
 * The document register as its page and the JSON API read it: the entries of {@link DocumentQueries}
 * (documents issued within the signed-in user's scope) with their versions, as views.
 */
@Component
@Transactional(readOnly = true)
public class DocumentRegister {

	private final DocumentQueries queries;

	DocumentRegister(DocumentQueries queries) {
		this.queries = queries;
	}

	public List<DocumentEntry> search(@Nullable String query, @Nullable String typeCode, @Nullable Integer year) {
		return queries.search(query, typeCode, year).stream().map(this::entry).toList();
	}

	/** The document, if the user may see it; not found (and recorded) otherwise. */
	public DocumentEntry visible(long id) {
		return entry(queries.visible(id));
	}

	public List<Integer> years() {
		return queries.years();
	}

	public List<DocumentEntry.Type> types() {
		return queries.types().stream().map(t -> new DocumentEntry.Type(t.code(), t.name())).toList();
	}

	/** The names of the issuing units of the given entries, for display. */
	public Map<OrgUnitId, String> unitNames(List<DocumentEntry> entries) {
		return queries.unitNames(entries.stream().map(DocumentEntry::unit).toList());
	}

	private DocumentEntry entry(DocumentRow row) {
		List<DocumentEntry.Version> versions = queries.versions(row.id())
			.stream()
			.map(v -> new DocumentEntry.Version(v.versionNo(), v.docxSha256(), v.pdfSha256(), v.docxSize(),
					v.pdfSize(), v.issuedBy(), v.issuedAt()))
			.toList();
		return new DocumentEntry(row.id(), row.unit(), row.kind(), row.typeCode(), row.typeName(), row.number(),
				row.numberSymbol(), row.issuedOn(), row.summary(), row.sourceId(), row.status(), versions);
	}
}
