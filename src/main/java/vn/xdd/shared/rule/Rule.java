package vn.xdd.shared.rule;

/**
 * One rule of the domain, as a small named class (e.g. {@code OnlyIssuingLevelVerifies}) that
 * judges a candidate: the request together with what the rule needs to know about it. A rule is
 * pure (no Spring, no database: the use case loads the facts first) and cites the regulation it
 * implements, so a reader can check it against the text.
 *
 * @param <C> what the rule judges
 */
public interface Rule<C> {

	RuleResult check(C candidate);

	/**
	 * The regulation this rule implements, as it is cited in Party documents (e.g. ‘Quy định
	 * 366-QĐ/TW, Điều 11’), or the product decision it records (e.g. ‘ADR 0009’) where no
	 * regulation says it.
	 */
	String regulation();
}
