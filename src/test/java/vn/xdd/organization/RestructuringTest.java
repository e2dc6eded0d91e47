package vn.xdd.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.xdd.XddIntegrationTest;
import vn.xdd.organization.application.CreateOrgUnit;
import vn.xdd.organization.application.DissolveOrgUnit;
import vn.xdd.organization.application.MergeOrgUnits;
import vn.xdd.organization.application.MoveOrgUnit;
import vn.xdd.organization.application.OrgTree;
import vn.xdd.organization.application.RegisterMember;
import vn.xdd.organization.application.RenameOrgUnit;
import vn.xdd.organization.application.SplitOrgUnit;
import vn.xdd.organization.application.TransferMember;
import vn.xdd.organization.domain.MemberPeriod;
import vn.xdd.organization.persistence.JdbcMembers;
import vn.xdd.security.SystemTasks;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.OrgUnitId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Restructuring as recorded events and the tree as of a date, on the real database: the July 2025
 * reorganisation (grassroots committees of a district merged into a commune committee directly
 * under the province, the district dissolved), renames, moves, splits, and every refusal.
 */
@XddIntegrationTest
class RestructuringTest {

	static final OrgUnitId ROOT = new OrgUnitId(1);

	static final LocalDate FOUNDED = LocalDate.of(1945, 9, 2);

	static final LocalDate JULY_2025 = LocalDate.of(2025, 7, 1);

	static final LocalDate IN_2013 = LocalDate.of(2013, 1, 30);

	static final LocalDate IN_2026 = LocalDate.of(2026, 1, 15);

	static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	SystemTasks system;

	@Autowired
	CreateOrgUnit create;

	@Autowired
	MergeOrgUnits merge;

	@Autowired
	DissolveOrgUnit dissolve;

	@Autowired
	RenameOrgUnit rename;

	@Autowired
	MoveOrgUnit move;

	@Autowired
	SplitOrgUnit split;

	@Autowired
	RegisterMember register;

	@Autowired
	TransferMember transfer;

	@Autowired
	OrgTree tree;

	@Autowired
	OrgUnits units;

	@Autowired
	JdbcMembers members;

	<T> T asAdmin(Supplier<T> work) {
		Object[] result = new Object[1];
		system.runAsAdministrator(() -> result[0] = work.get());
		@SuppressWarnings("unchecked")
		T value = (T) result[0];
		return value;
	}

	void asAdmin(Runnable work) {
		system.runAsAdministrator(work);
	}

	OrgUnitId unit(OrgUnitId parent, String type, String name, LocalDate from) {
		return asAdmin(() -> create.create(new NewOrgUnit(parent, type, name, from)).id());
	}

	long member(OrgUnitId chapter, String name) {
		int n = SEQUENCE.incrementAndGet();
		MemberRecord record = new MemberRecord(name, LocalDate.of(1970, 1, 1).plusDays(n), Sex.MALE, "Kinh", null, null,
				null, null, null, null, LocalDate.of(2000, 5, 19), LocalDate.of(2001, 5, 19), null, null, null, null);
		return asAdmin(() -> register.register(record, chapter, null, null));
	}

	/** A district with two grassroots committees, each with a chapter of two members, since 1945. */
	record District(OrgUnitId district, OrgUnitId hoaLac, OrgUnitId minhSon, OrgUnitId chapterA, OrgUnitId chapterB,
			List<Long> members) {
	}

	District district() {
		String tag = " " + SEQUENCE.incrementAndGet();
		OrgUnitId district = unit(ROOT, "DISTRICT_COMMITTEE", "Huyện ủy Hữu Lũng" + tag, FOUNDED);
		OrgUnitId hoaLac = unit(district, "GRASSROOTS_COMMITTEE", "Đảng bộ xã Hòa Lạc" + tag, FOUNDED);
		OrgUnitId minhSon = unit(district, "GRASSROOTS_COMMITTEE", "Đảng bộ xã Minh Sơn" + tag, FOUNDED);
		OrgUnitId chapterA = unit(hoaLac, "SUB_CHAPTER", "Chi bộ thôn Đồng Tiến" + tag, FOUNDED);
		OrgUnitId chapterB = unit(minhSon, "SUB_CHAPTER", "Chi bộ thôn Khuôn Vạc" + tag, FOUNDED);
		List<Long> people = List.of(member(chapterA, "Nguyễn Văn Đức"), member(chapterA, "Lê Thị Ánh"),
				member(chapterB, "Hoàng Văn Sơn"), member(chapterB, "Vi Thị Mai"));
		return new District(district, hoaLac, minhSon, chapterA, chapterB, people);
	}

	OrgTree.Node node(List<OrgTree.Node> nodes, OrgUnitId unit) {
		return nodes.stream().filter(n -> n.unitId() == unit.value()).findFirst().orElseThrow();
	}

	boolean present(List<OrgTree.Node> nodes, OrgUnitId unit) {
		return nodes.stream().anyMatch(n -> n.unitId() == unit.value());
	}

	@Test
	void theJuly2025ReorganisationEndToEndAndTheTreeBeforeAndAfterIt() {
		District d = district();
		OrgUnitId commune = asAdmin(() -> merge.merge(List.of(d.hoaLac(), d.minhSon()), null,
				new NewMergedUnit("Đảng ủy xã Hữu Lũng " + d.district().value(), "COMMUNE_COMMITTEE", ROOT, null, "ĐU"),
				JULY_2025, "Quyết định số 123-QĐ/TU", null));
		asAdmin(() -> dissolve.dissolve(d.district(), JULY_2025, null, "Quyết định số 124-QĐ/TU", null));

		List<OrgTree.Node> before = tree.asOf(Set.of(ROOT), IN_2013);
		assertThat(present(before, d.district())).isTrue();
		assertThat(present(before, commune)).isFalse();
		assertThat(node(before, d.hoaLac()).parentId()).isEqualTo(d.district().value());
		assertThat(node(before, d.chapterA()).parentId()).isEqualTo(d.hoaLac().value());
		assertThat(node(before, d.district()).subtreeMembers()).isEqualTo(4);
		assertThat(node(before, d.hoaLac()).subtreeMembers()).isEqualTo(2);

		List<OrgTree.Node> lastDay = tree.asOf(Set.of(ROOT), JULY_2025.minusDays(1));
		assertThat(present(lastDay, d.district())).isTrue();
		assertThat(present(lastDay, commune)).isFalse();

		List<OrgTree.Node> after = tree.asOf(Set.of(ROOT), IN_2026);
		assertThat(present(after, d.district())).isFalse();
		assertThat(present(after, d.hoaLac())).isFalse();
		assertThat(present(after, d.minhSon())).isFalse();
		assertThat(node(after, commune).parentId()).isEqualTo(ROOT.value());
		assertThat(node(after, d.chapterA()).parentId()).isEqualTo(commune.value());
		assertThat(node(after, d.chapterB()).parentId()).isEqualTo(commune.value());
		assertThat(node(after, commune).subtreeMembers()).isEqualTo(4);

		// The chapters kept their members: the membership is unchanged, only the tree above moved.
		assertThat(members.find(d.members().get(0)).orElseThrow().unitId()).isEqualTo(d.chapterA().value());
		// The predecessors stay in history, and their records are reachable from the successor.
		assertThat(units.find(d.hoaLac()).orElseThrow().validTo()).isEqualTo(JULY_2025.minusDays(1));
		assertThat(units.scopeChain(d.hoaLac())).contains(commune, ROOT);
		List<OrgTree.Node> communeIn2013 = tree.asOf(Set.of(commune), IN_2013);
		assertThat(communeIn2013).extracting(OrgTree.Node::unitId)
			.contains(d.hoaLac().value(), d.minhSon().value(), d.chapterA().value())
			.doesNotContain(d.district().value());
	}

	@Test
	void aMergeOfChaptersMovesTheirMembersToTheTarget() {
		District d = district();
		asAdmin(() -> merge.merge(List.of(d.chapterB()), d.chapterA(), null, JULY_2025, "QĐ hợp nhất chi bộ", null));
		assertThat(members.find(d.members().get(2)).orElseThrow().unitId()).isEqualTo(d.chapterA().value());
		assertThat(node(tree.asOf(Set.of(ROOT), IN_2026), d.chapterA()).members()).isEqualTo(4);
		assertThat(node(tree.asOf(Set.of(ROOT), IN_2013), d.chapterB()).members()).isEqualTo(2);
		assertThat(members.timeline(d.members().get(2))).filteredOn(p -> p.kind().equals("MEMBERSHIP"))
			.extracting(MemberPeriod::unitId, MemberPeriod::to)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(d.chapterB().value(), JULY_2025.minusDays(1)),
					org.assertj.core.groups.Tuple.tuple(d.chapterA().value(), null));
	}

	@Test
	void aRenameShowsTheOldNameBeforeAndTheNewNameAfter() {
		District d = district();
		asAdmin(() -> rename.rename(d.chapterA(), "Chi bộ thôn Đồng Tiến mới", null, null, LocalDate.of(2020, 1, 1),
				"QĐ đổi tên", null));
		assertThat(node(tree.asOf(Set.of(ROOT), IN_2013), d.chapterA()).name()).startsWith("Chi bộ thôn Đồng Tiến ");
		assertThat(node(tree.asOf(Set.of(ROOT), IN_2026), d.chapterA()).name()).isEqualTo("Chi bộ thôn Đồng Tiến mới");
		assertThat(units.find(d.chapterA()).orElseThrow().name()).isEqualTo("Chi bộ thôn Đồng Tiến mới");
	}

	@Test
	void aMoveChangesTheParentFromItsDateAndRefusesADescendant() {
		District d = district();
		asAdmin(() -> move.move(d.chapterA(), d.minhSon(), LocalDate.of(2020, 1, 1), "QĐ điều chỉnh", null));
		assertThat(node(tree.asOf(Set.of(ROOT), IN_2013), d.chapterA()).parentId()).isEqualTo(d.hoaLac().value());
		assertThat(node(tree.asOf(Set.of(ROOT), LocalDate.of(2021, 1, 1)), d.chapterA()).parentId())
			.isEqualTo(d.minhSon().value());
		assertThatThrownBy(() -> asAdmin(() -> move.move(d.district(), d.hoaLac(), LocalDate.of(2021, 1, 1), null, null)))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("restructure.error.underItself");
		assertThatThrownBy(() -> asAdmin(() -> move.move(d.chapterA(), d.district(), LocalDate.of(2021, 1, 1), null, null)))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("restructure.error.typeNotAllowed");
	}

	@Test
	void nothingMergesIntoADissolvedUnit() {
		District d = district();
		OrgUnitId empty = unit(d.hoaLac(), "SUB_CHAPTER", "Chi bộ giải thể " + SEQUENCE.incrementAndGet(), FOUNDED);
		asAdmin(() -> dissolve.dissolve(empty, LocalDate.of(2020, 1, 1), null, "QĐ giải thể", null));
		assertThatThrownBy(() -> asAdmin(() -> merge.merge(List.of(d.chapterB()), empty, null, JULY_2025, null, null)))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("restructure.error.targetInactive");
	}

	@Test
	void dissolvingIsRefusedWhileMembersRemainUnlessTheyMove() {
		District d = district();
		assertThatThrownBy(() -> asAdmin(() -> dissolve.dissolve(d.chapterB(), JULY_2025, null, null, null)))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("restructure.error.membersRemain");
		assertThatThrownBy(() -> asAdmin(() -> dissolve.dissolve(d.minhSon(), JULY_2025, null, null, null)))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("restructure.error.childrenRemain");
		assertThat(units.find(d.chapterB()).orElseThrow().validTo()).isNull();
		asAdmin(() -> dissolve.dissolve(d.chapterB(), JULY_2025, d.chapterA(), "QĐ giải thể", null));
		assertThat(units.find(d.chapterB()).orElseThrow().validTo()).isEqualTo(JULY_2025.minusDays(1));
		assertThat(members.find(d.members().get(3)).orElseThrow().unitId()).isEqualTo(d.chapterA().value());
	}

	@Test
	void aSplitHandsTheChosenMembersToTheNewChapters() {
		District d = district();
		List<OrgUnitId> parts = asAdmin(() -> split.split(d.chapterA(),
				List.of(new SplitOrgUnit.Part("Chi bộ thôn Đồng Tiến 1", "SUB_CHAPTER", null, List.of(),
						List.of(d.members().get(0))),
						new SplitOrgUnit.Part("Chi bộ thôn Đồng Tiến 2", "SUB_CHAPTER", null, List.of(),
								List.of(d.members().get(1)))),
				false, JULY_2025, "QĐ chia tách", null));
		assertThat(members.find(d.members().get(0)).orElseThrow().unitId()).isEqualTo(parts.get(0).value());
		assertThat(members.find(d.members().get(1)).orElseThrow().unitId()).isEqualTo(parts.get(1).value());
		assertThat(units.find(d.chapterA()).orElseThrow().validTo()).isEqualTo(JULY_2025.minusDays(1));
		assertThat(units.scopeChain(d.chapterA())).contains(parts.get(0), parts.get(1));
		assertThatThrownBy(() -> asAdmin(() -> split.split(d.chapterB(),
				List.of(new SplitOrgUnit.Part("Chi bộ X", "SUB_CHAPTER", null, List.of(), List.of(d.members().get(2)))),
				false, JULY_2025, null, null)))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("restructure.error.splitLeavesSomething");
	}

	@Test
	void overlappingChapterMembershipsAreRefused() {
		District d = district();
		long member = d.members().get(0);
		assertThatThrownBy(() -> asAdmin(() -> transfer.transfer(member, d.chapterB(), LocalDate.of(1999, 1, 1), null)))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("member.error.transferBeforeCurrent");
		asAdmin(() -> transfer.transfer(member, d.chapterB(), LocalDate.of(2010, 3, 1), "QĐ chuyển sinh hoạt"));
		assertThat(node(tree.asOf(Set.of(ROOT), LocalDate.of(2010, 2, 28)), d.chapterA()).members()).isEqualTo(2);
		assertThat(node(tree.asOf(Set.of(ROOT), LocalDate.of(2010, 3, 1)), d.chapterA()).members()).isEqualTo(1);
		assertThat(node(tree.asOf(Set.of(ROOT), LocalDate.of(2010, 3, 1)), d.chapterB()).members()).isEqualTo(3);
	}
}
