package vn.xdd.document.numbering;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.xdd.document.numbering.domain.CommitteeTerm;
import vn.xdd.document.numbering.domain.DocumentNumber;
import vn.xdd.document.numbering.domain.IssuerProfile;
import vn.xdd.document.numbering.domain.NumberSymbol;
import vn.xdd.document.numbering.domain.NumberingRule;
import vn.xdd.shared.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NumberingRuleTest {

	private static final CommitteeTerm TERM_2020 = new CommitteeTerm(1, "Nhiệm kỳ 2020–2025", LocalDate.of(2020, 10, 16),
			LocalDate.of(2025, 10, 15));

	private static final CommitteeTerm TERM_2025 = new CommitteeTerm(2, "Nhiệm kỳ 2025–2030", LocalDate.of(2025, 10, 16),
			null);

	@Test
	void theTermIsTheOneContainingTheIssueDateSoANewTermStartsItsOwnSeries() {
		List<CommitteeTerm> terms = List.of(TERM_2025, TERM_2020);
		assertThat(NumberingRule.termFor(terms, LocalDate.of(2025, 10, 15), "Huyện ủy Hữu Lũng")).isEqualTo(TERM_2020);
		assertThat(NumberingRule.termFor(terms, LocalDate.of(2025, 10, 16), "Huyện ủy Hữu Lũng")).isEqualTo(TERM_2025);
		assertThat(NumberingRule.termFor(terms, LocalDate.of(2031, 1, 1), "Huyện ủy Hữu Lũng")).isEqualTo(TERM_2025);
	}

	@Test
	void withoutATermForTheDateIssuingIsRefusedNamingTheUnitAndDate() {
		assertThatThrownBy(() -> NumberingRule.termFor(List.of(TERM_2020), LocalDate.of(2019, 5, 2), "Huyện ủy Hữu Lũng"))
			.isInstanceOfSatisfying(BusinessRuleException.class, e -> {
				assertThat(e.messageKey()).isEqualTo("document.error.noTerm");
				assertThat(e.arguments()).containsExactly("Huyện ủy Hữu Lũng", "02/05/2019");
			});
	}

	@Test
	void termsOfAUnitMayNotOverlap() {
		assertThatThrownBy(() -> NumberingRule.requireNoOverlap(List.of(TERM_2020), LocalDate.of(2025, 10, 1), null))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					e -> assertThat(e.messageKey()).isEqualTo("document.error.termOverlap"));
		NumberingRule.requireNoOverlap(List.of(TERM_2020), LocalDate.of(2025, 10, 16), null);
		assertThatThrownBy(() -> NumberingRule.requireNoOverlap(List.of(), LocalDate.of(2025, 10, 16),
				LocalDate.of(2025, 1, 1)))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					e -> assertThat(e.messageKey()).isEqualTo("document.error.termDates"));
	}

	@Test
	void numbersArePrintedFrom01WithTheTypeAndBody() {
		assertThat(NumberSymbol.line(DocumentNumber.of(1), "KH", "HU")).isEqualTo("Số 01-KH/HU");
		assertThat(NumberSymbol.of(DocumentNumber.of(9), "BC", "ĐU")).isEqualTo("09-BC/ĐU");
		assertThat(NumberSymbol.of(DocumentNumber.of(10), "BC", "TU")).isEqualTo("10-BC/TU");
		assertThat(NumberSymbol.of(DocumentNumber.of(123), "TTr", "TU")).isEqualTo("123-TTr/TU");
		assertThat(NumberSymbol.line(new DocumentNumber(42, 'a'), "KH", "HU")).isEqualTo("Số 42a-KH/HU");
		assertThat(NumberSymbol.draft("KH", "HU")).isEqualTo("-KH/HU");
		assertThat(NumberSymbol.fileName(new DocumentNumber(42, 'a'), "KH", "HU", "docx")).isEqualTo("KH-42a-HU.docx");
		assertThat(NumberSymbol.fileName(DocumentNumber.of(3), "BC", "ĐU", "pdf")).isEqualTo("BC-03-ĐU.pdf");
	}

	@Test
	void typedNumbersAreRead() {
		assertThat(DocumentNumber.parse("42")).isEqualTo(DocumentNumber.of(42));
		assertThat(DocumentNumber.parse(" 042A ")).isEqualTo(new DocumentNumber(42, 'a'));
		assertThatThrownBy(() -> DocumentNumber.parse("42-KH")).isInstanceOf(BusinessRuleException.class);
		assertThatThrownBy(() -> DocumentNumber.parse("0")).isInstanceOf(BusinessRuleException.class);
	}

	@Test
	void aSuffixOnlyFollowsANumberAlreadyIssued() {
		List<DocumentNumber> issued = List.of(DocumentNumber.of(41));
		assertThatThrownBy(() -> NumberingRule.inserted(new DocumentNumber(42, 'a'), issued))
			.isInstanceOfSatisfying(BusinessRuleException.class, e -> {
				assertThat(e.messageKey()).isEqualTo("document.error.suffixWithoutBase");
				assertThat(e.arguments()).containsExactly("42");
			});
	}

	@Test
	void lettersFollowEachOtherWithoutGaps() {
		List<DocumentNumber> only42 = List.of(DocumentNumber.of(42));
		assertThat(NumberingRule.inserted(DocumentNumber.of(42), only42)).isEqualTo(new DocumentNumber(42, 'a'));
		assertThat(NumberingRule.inserted(new DocumentNumber(42, 'a'), only42)).isEqualTo(new DocumentNumber(42, 'a'));
		assertThatThrownBy(() -> NumberingRule.inserted(new DocumentNumber(42, 'b'), only42))
			.isInstanceOfSatisfying(BusinessRuleException.class, e -> {
				assertThat(e.messageKey()).isEqualTo("document.error.suffixOutOfOrder");
				assertThat(e.arguments()).containsExactly("42b", "42a");
			});

		List<DocumentNumber> with42a = List.of(DocumentNumber.of(42), new DocumentNumber(42, 'a'));
		assertThat(NumberingRule.inserted(DocumentNumber.of(42), with42a)).isEqualTo(new DocumentNumber(42, 'b'));
		assertThatThrownBy(() -> NumberingRule.inserted(new DocumentNumber(42, 'a'), with42a))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					e -> assertThat(e.messageKey()).isEqualTo("document.error.numberTaken"));
	}

	@Test
	void aUnitWithoutProfileGetsDefaultsFromTheTree() {
		IssuerProfile district = IssuerProfile.defaults(
				new IssuerProfile.UnitFacts("Huyện ủy Hữu Lũng", "DISTRICT_COMMITTEE", null, "Tỉnh ủy Lạng Sơn"));
		assertThat(district.superiorBody()).isEqualTo("ĐẢNG BỘ TỈNH LẠNG SƠN");
		assertThat(district.issuingBody()).isEqualTo("HUYỆN ỦY HỮU LŨNG");
		assertThat(district.place()).isEqualTo("Hữu Lũng");
		assertThat(district.bodyAbbreviation()).isEqualTo("HU");
		assertThat(district.authorityLine()).isEqualTo("T/M BAN THƯỜNG VỤ");
		assertThat(district.signerTitle()).isEqualTo("BÍ THƯ");
		assertThat(district.saved()).isFalse();

		IssuerProfile commune = IssuerProfile.defaults(
				new IssuerProfile.UnitFacts("Đảng ủy xã Minh Sơn", "COMMUNE_COMMITTEE", "ĐU", "Huyện ủy Hữu Lũng"));
		assertThat(commune.superiorBody()).isEqualTo("ĐẢNG BỘ HUYỆN HỮU LŨNG");
		assertThat(commune.bodyAbbreviation()).isEqualTo("ĐU");
		assertThat(commune.authorityLine()).isEqualTo("T/M ĐẢNG ỦY");
		assertThat(commune.place()).isEqualTo("Minh Sơn");

		IssuerProfile province = IssuerProfile.defaults(
				new IssuerProfile.UnitFacts("Tỉnh uỷ Lạng Sơn", "PROVINCIAL_COMMITTEE", null, null));
		assertThat(province.superiorBody()).isEqualTo("ĐẢNG BỘ TỈNH LẠNG SƠN");
		assertThat(province.bodyAbbreviation()).isEqualTo("TU");
	}
}
