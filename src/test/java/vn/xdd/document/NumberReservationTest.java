package vn.xdd.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.xdd.Fixtures;
import vn.xdd.XddIntegrationTest;
import vn.xdd.document.numbering.application.ReserveNumber;
import vn.xdd.document.numbering.domain.DocumentNumber;
import vn.xdd.document.numbering.persistence.JdbcNumbering;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.OrgUnitId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The numbering register on the real database: series per type and term, and concurrent issues. */
@XddIntegrationTest
class NumberReservationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ReserveNumber reserveNumber;

	@Autowired
	JdbcNumbering numbering;

	OrgUnitId unitWithTerms() throws Exception {
		OrgUnitId unit = new OrgUnitId(new Fixtures(mvc).createUnit(Fixtures.ROOT, "Đảng bộ " + Fixtures.unique("số")));
		numbering.insertTerm(unit, "Nhiệm kỳ 2020–2025", LocalDate.of(2020, 10, 16), LocalDate.of(2025, 10, 15), "test");
		numbering.insertTerm(unit, "Nhiệm kỳ 2025–2030", LocalDate.of(2025, 10, 16), null, "test");
		return unit;
	}

	@Test
	void fortyDocumentsIssuedAtOnceFromEightThreadsGetFortyConsecutiveNumbers() throws Exception {
		OrgUnitId unit = unitWithTerms();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Callable<Integer>> calls = IntStream.range(0, 40)
				.<Callable<Integer>>mapToObj(i -> () -> reserveNumber
					.reserve(unit, "KH", LocalDate.of(2026, 3, 2), null)
					.number()
					.number())
				.toList();
			List<Integer> numbers = new ArrayList<>();
			for (Future<Integer> f : pool.invokeAll(calls)) {
				numbers.add(f.get());
			}
			assertThat(numbers).doesNotHaveDuplicates();
			assertThat(numbers).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 40).boxed().toList());
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void eachTypeHasItsOwnSeriesAndANewTermStartsAgainAt01() throws Exception {
		OrgUnitId unit = unitWithTerms();
		LocalDate oldTerm = LocalDate.of(2025, 10, 15);
		LocalDate newTerm = LocalDate.of(2025, 10, 16);
		assertThat(reserveNumber.reserve(unit, "KH", oldTerm, null).number()).isEqualTo(DocumentNumber.of(1));
		assertThat(reserveNumber.reserve(unit, "KH", oldTerm, null).number()).isEqualTo(DocumentNumber.of(2));
		assertThat(reserveNumber.reserve(unit, "BC", oldTerm, null).number()).isEqualTo(DocumentNumber.of(1));
		ReserveNumber.Reservation first = reserveNumber.reserve(unit, "KH", newTerm, null);
		assertThat(first.number()).isEqualTo(DocumentNumber.of(1));
		assertThat(first.term().name()).isEqualTo("Nhiệm kỳ 2025–2030");
		assertThat(reserveNumber.reserve(unit, "KH", oldTerm, null).number()).isEqualTo(DocumentNumber.of(3));
	}

	@Test
	void withoutATermForTheDateNoNumberIsGiven() throws Exception {
		OrgUnitId unit = unitWithTerms();
		assertThatThrownBy(() -> reserveNumber.reserve(unit, "KH", LocalDate.of(2019, 1, 1), null))
			.isInstanceOfSatisfying(BusinessRuleException.class,
					e -> assertThat(e.messageKey()).isEqualTo("document.error.noTerm"));
	}

	@Test
	void overlappingTermsAreRefusedByTheDatabaseToo() throws Exception {
		OrgUnitId unit = unitWithTerms();
		assertThatThrownBy(() -> numbering.insertTerm(unit, "Trùng", LocalDate.of(2024, 1, 1), null, "test"))
			.isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
	}
}
