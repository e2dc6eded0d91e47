package vn.xdd.organization;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.xdd.shared.AuditEntry;
import vn.xdd.shared.OrgUnitId;

import static org.assertj.core.api.Assertions.assertThat;

/** The restructuring events describe their audit line by a message key and data, never by Java-built text. */
class OrgUnitEventsTest {

	static final LocalDate DAY = LocalDate.of(2025, 7, 1);

	@Test
	void aMergeNamesItsSourcesAndTarget() {
		AuditEntry entry = new OrgUnitsMerged(7, List.of(new OrgUnitId(3), new OrgUnitId(4)), List.of("Chi bộ A", "Chi bộ B"),
				new OrgUnitId(5), "Chi bộ C", DAY, "stored summary").auditEntry();
		assertThat(entry.action()).isEqualTo("MERGE");
		assertThat(entry.recordType()).isEqualTo("ORG_UNIT");
		assertThat(entry.recordId()).isEqualTo("3");
		assertThat(entry.messageKey()).isEqualTo("audit.text.orgUnitsMerged");
		assertThat(entry.arguments()).containsExactly("Chi bộ A, Chi bộ B", "Chi bộ C", "2025-07-01", "7");
	}

	@Test
	void aSplitSaysWhetherTheSourceContinues() {
		OrgUnitSplit ended = new OrgUnitSplit(8, new OrgUnitId(3), "Chi bộ A", List.of(new OrgUnitId(9)),
				List.of("Chi bộ A1"), false, DAY);
		OrgUnitSplit continues = new OrgUnitSplit(8, new OrgUnitId(3), "Chi bộ A", List.of(new OrgUnitId(9)),
				List.of("Chi bộ A1"), true, DAY);
		assertThat(ended.auditEntry().messageKey()).isEqualTo("audit.text.orgUnitSplit");
		assertThat(continues.auditEntry().messageKey()).isEqualTo("audit.text.orgUnitSplitContinues");
		assertThat(ended.auditEntry().arguments()).containsExactly("Chi bộ A", "Chi bộ A1", "2025-07-01", "8");
	}

	@Test
	void aDissolutionNamesWhereTheMembersWent() {
		assertThat(new OrgUnitDissolved(2, new OrgUnitId(3), "Chi bộ A", null, null, 0, DAY).auditEntry().arguments())
			.containsExactly("Chi bộ A", "2025-07-01", "2");
		AuditEntry moved = new OrgUnitDissolved(2, new OrgUnitId(3), "Chi bộ A", new OrgUnitId(4), "Chi bộ B", 12, DAY)
			.auditEntry();
		assertThat(moved.messageKey()).isEqualTo("audit.text.orgUnitDissolvedMembersMoved");
		assertThat(moved.arguments()).containsExactly("Chi bộ A", "12", "Chi bộ B", "2025-07-01", "2");
	}

	@Test
	void creationRenamingAndMovingNameTheirUnits() {
		assertThat(new OrgUnitCreated(1, new OrgUnitId(2), "Chi bộ A", null, null, DAY).auditEntry().arguments())
			.containsExactly("Chi bộ A", "", "2025-07-01", "1");
		assertThat(new OrgUnitRenamed(1, new OrgUnitId(2), "Chi bộ A", "Chi bộ Một", DAY).auditEntry().recordId())
			.isEqualTo("2");
		AuditEntry moved = new OrgUnitMoved(1, new OrgUnitId(2), "Chi bộ A", null, null, new OrgUnitId(6), "Đảng ủy X", DAY)
			.auditEntry();
		assertThat(moved.action()).isEqualTo("MOVE");
		assertThat(moved.arguments()).containsExactly("Chi bộ A", "", "Đảng ủy X", "2025-07-01", "1");
	}
}
