package vn.xdd.document.issue.application;

import java.util.EnumMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import vn.xdd.document.DocumentKind;
import vn.xdd.document.content.DocumentSource;
import vn.xdd.shared.BusinessRuleException;

/**
 * The source composing each kind of document. When two beans claim the same kind, the first in
 * the beans' order wins (a test replaces a source by ordering its own first).
 */
@Component
public class DocumentSources {

	private static final Logger LOG = LoggerFactory.getLogger(DocumentSources.class);

	private final ObjectProvider<DocumentSource> provider;

	private volatile Map<DocumentKind, DocumentSource> byKind = Map.of();

	public DocumentSources(ObjectProvider<DocumentSource> provider) {
		this.provider = provider;
	}

	public DocumentSource of(DocumentKind kind) {
		DocumentSource source = sources().get(kind);
		if (source == null) {
			throw new BusinessRuleException("document.error.noSource", kind.name());
		}
		return source;
	}

	private Map<DocumentKind, DocumentSource> sources() {
		Map<DocumentKind, DocumentSource> known = byKind;
		if (known.isEmpty()) {
			Map<DocumentKind, DocumentSource> found = new EnumMap<>(DocumentKind.class);
			provider.orderedStream().forEach(s -> {
				if (found.putIfAbsent(s.kind(), s) != null) {
					LOG.info("Document source {} for {} is shadowed by {}", s.getClass().getName(), s.kind(),
							found.get(s.kind()).getClass().getName());
				}
			});
			known = Map.copyOf(found);
			byKind = known;
		}
		return known;
	}
}
