package vn.xdd.organization.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.organization.MemberStatus;
import vn.xdd.organization.OrgUnitSummary;
import vn.xdd.organization.domain.MemberRow;
import vn.xdd.organization.persistence.JdbcOrgUnits;
import vn.xdd.shared.AccessScope;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.VietnameseText;

/**
 * The one picker of people and units (issue 15): what a typed name (with or without diacritics)
 * matches in the user's scope, each shown so that namesakes can be told apart: a member with his
 * birth year and chapter path, a unit with its path (‘Đảng ủy xã … › Chi bộ …’).
 */
@Service
@Transactional(readOnly = true)
public class Pickers {

	/** How many candidates a picker lists: type more to narrow. */
	public static final int LIMIT = 20;

	/** A candidate: its id, the name and what tells it apart. */
	public record Candidate(long id, String name, String detail) {
	}

	private final ListMembers members;

	private final MemberAccess access;

	private final OrgTree tree;

	private final JdbcOrgUnits units;

	private final AccessScope scope;

	Pickers(ListMembers members, MemberAccess access, OrgTree tree, JdbcOrgUnits units, AccessScope scope) {
		this.members = members;
		this.access = access;
		this.tree = tree;
		this.units = units;
		this.scope = scope;
	}

	/** Members in a chapter (probationary, full, exempted or suspended) whose name matches. */
	public List<Candidate> members(String query) {
		if (VietnameseText.searchKey(query).length() < 2 || !access.canBrowse()) {
			return List.of();
		}
		List<MemberStatus> inChapter = List.of(MemberStatus.PROBATIONARY, MemberStatus.FULL, MemberStatus.EXEMPTED,
				MemberStatus.SUSPENDED);
		ListMembers.Result found = members.list(
				new MemberListQuery.Params(null, query, inChapter, null, null, null, null, null), null, LIMIT);
		List<Candidate> candidates = new ArrayList<>();
		for (MemberRow row : found.rows()) {
			LocalDate born = row.record().birthDate();
			String year = born == null ? "" : " (" + born.getYear() + ")";
			candidates.add(new Candidate(row.id(), row.record().fullName() + year, path(row.unitId())));
		}
		return candidates;
	}

	/** Units of the scope, valid on the day, whose name matches. */
	public List<Candidate> units(String query, LocalDate day) {
		return tree.search(scope.grantRoots(), day, query)
			.stream()
			.limit(LIMIT)
			.map(n -> new Candidate(n.unitId(), n.name(), parentPath(n.parentId())))
			.toList();
	}

	/** The unit's name after the names of up to two ancestors the user reaches. */
	public String path(long unit) {
		List<String> names = new ArrayList<>();
		for (OrgUnitId id : units.ancestorsAndSelf(new OrgUnitId(unit))) {
			if (!scope.reaches(id) || names.size() == 3) {
				break;
			}
			names.add(0, units.find(id).map(OrgUnitSummary::name).orElse(""));
		}
		return String.join(" › ", names);
	}

	private String parentPath(@Nullable Long parent) {
		return parent == null ? "" : path(parent);
	}
}
