package vn.xdd.organization.api;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.xdd.organization.NewMergedUnit;
import vn.xdd.organization.NewOrgUnit;
import vn.xdd.organization.OrgUnitSummary;
import vn.xdd.organization.OrgUnits;
import vn.xdd.organization.application.CreateOrgUnit;
import vn.xdd.organization.application.DissolveOrgUnit;
import vn.xdd.organization.application.MergeOrgUnits;
import vn.xdd.organization.application.MoveOrgUnit;
import vn.xdd.organization.application.OrgTree;
import vn.xdd.organization.application.OrgUnitHistory;
import vn.xdd.organization.application.RenameOrgUnit;
import vn.xdd.organization.application.SplitOrgUnit;
import vn.xdd.shared.AccessScope;
import vn.xdd.shared.OrgUnitId;

/** The organisation units of the caller's scope, as of any day, and their restructuring. */
@RestController
@RequestMapping("/api/v1/org-units")
@Tag(name = "Tổ chức đảng", description = "Cây tổ chức trong phạm vi người dùng, lịch sử và điều chỉnh tổ chức")
class OrgUnitApiController {

	private final OrgUnits units;

	private final AccessScope scope;

	private final CreateOrgUnit createOrgUnit;

	private final RenameOrgUnit renameOrgUnit;

	private final MoveOrgUnit moveOrgUnit;

	private final MergeOrgUnits mergeOrgUnits;

	private final SplitOrgUnit splitOrgUnit;

	private final DissolveOrgUnit dissolveOrgUnit;

	private final OrgTree tree;

	private final OrgUnitHistory history;

	private final Clock clock;

	OrgUnitApiController(OrgUnits units, AccessScope scope, CreateOrgUnit createOrgUnit, RenameOrgUnit renameOrgUnit,
			MoveOrgUnit moveOrgUnit, MergeOrgUnits mergeOrgUnits, SplitOrgUnit splitOrgUnit,
			DissolveOrgUnit dissolveOrgUnit, OrgTree tree, OrgUnitHistory history, Clock clock) {
		this.units = units;
		this.scope = scope;
		this.createOrgUnit = createOrgUnit;
		this.renameOrgUnit = renameOrgUnit;
		this.moveOrgUnit = moveOrgUnit;
		this.mergeOrgUnits = mergeOrgUnits;
		this.splitOrgUnit = splitOrgUnit;
		this.dissolveOrgUnit = dissolveOrgUnit;
		this.tree = tree;
		this.history = history;
		this.clock = clock;
	}

	record OrgUnitJson(long id, @Nullable Long parentId, String type, String name, LocalDate validFrom,
			@Nullable LocalDate validTo, int depth) {

		static OrgUnitJson of(OrgUnitSummary u) {
			return new OrgUnitJson(u.id().value(), u.parentId() == null ? null : u.parentId().value(), u.typeCode(),
					u.name(), u.validFrom(), u.validTo(), u.depth());
		}
	}

	record TreeNodeJson(long id, @Nullable Long parentId, String type, String name, int depth, LocalDate periodFrom,
			@Nullable LocalDate periodTo, long members, long subtreeMembers) {
	}

	record CreateOrgUnitRequest(@NotNull Long parentId, @NotBlank String type, @NotBlank String name,
			@Nullable LocalDate validFrom, @Nullable LocalDate validTo, @Nullable String shortName,
			@Nullable String docAbbreviation, @Nullable String decisionRef) {
	}

	record RenameRequest(@NotBlank String name, @Nullable String shortName, @Nullable String docAbbreviation,
			@NotNull LocalDate from, @Nullable String decisionRef, @Nullable String note) {
	}

	record MoveRequest(@NotNull Long parentId, @NotNull LocalDate from, @Nullable String decisionRef,
			@Nullable String note) {
	}

	record NewUnitJson(@NotBlank String name, @NotBlank String type, @NotNull Long parentId,
			@Nullable String shortName, @Nullable String docAbbreviation) {
	}

	record MergeRequest(@NotEmpty List<Long> sourceIds, @Nullable Long targetId, @Nullable @Valid NewUnitJson newUnit,
			@NotNull LocalDate from, @Nullable String decisionRef, @Nullable String note) {
	}

	record PartJson(@NotBlank String name, @NotBlank String type, @Nullable Long parentId,
			@Nullable List<Long> childUnitIds, @Nullable List<Long> memberIds) {
	}

	record SplitRequest(@NotEmpty List<@Valid PartJson> parts, boolean sourceContinues, @NotNull LocalDate from,
			@Nullable String decisionRef, @Nullable String note) {
	}

	record DissolveRequest(@NotNull LocalDate from, @Nullable Long moveMembersTo, @Nullable String decisionRef,
			@Nullable String note) {
	}

	record PeriodJson(LocalDate validFrom, @Nullable LocalDate validTo, @Nullable Long parentId, String type,
			String name) {
	}

	record EventJson(long id, String kind, LocalDate effectiveDate, @Nullable String decisionRef, String summary) {
	}

	record HistoryJson(OrgUnitJson unit, List<PeriodJson> periods, List<EventJson> events, List<Long> predecessors,
			List<Long> successors) {
	}

	@GetMapping
	@Operation(summary = "Các đơn vị trong phạm vi theo thứ tự cây; với asOf: cây tổ chức vào ngày đó, kèm số đảng viên")
	List<?> list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf) {
		if (asOf == null) {
			return units.subtrees(scope.grantRoots()).stream().map(OrgUnitJson::of).toList();
		}
		return tree.asOf(scope.grantRoots(), asOf)
			.stream()
			.map(n -> new TreeNodeJson(n.unitId(), n.parentId(), n.typeCode(), n.name(), n.depth(), n.periodFrom(),
					n.periodTo(), n.members(), n.subtreeMembers()))
			.toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "Một đơn vị (404 nếu ngoài phạm vi)")
	OrgUnitJson get(@PathVariable long id) {
		OrgUnitId unitId = new OrgUnitId(id);
		scope.requireReach(unitId, "ORG_UNIT", Long.toString(id));
		return OrgUnitJson.of(units.find(unitId).orElseThrow());
	}

	@GetMapping("/{id}/history")
	@Operation(summary = "Lịch sử một đơn vị: các giai đoạn (tên, cấp trên), các quyết định, đơn vị tiền thân và kế thừa")
	HistoryJson history(@PathVariable long id) {
		OrgUnitJson unit = get(id);
		return new HistoryJson(unit,
				history.versions(id)
					.stream()
					.map(v -> new PeriodJson(v.validFrom(), v.validTo(), v.parentId(), v.typeCode(), v.name()))
					.toList(),
				history.eventsOf(id)
					.stream()
					.map(e -> new EventJson(e.id(), e.kind(), e.effectiveDate(), e.decisionRef(), e.summary()))
					.toList(),
				history.predecessorsOf(id), history.successorsOf(id));
	}

	@PostMapping
	@Operation(summary = "Thành lập một đơn vị dưới một đơn vị trong phạm vi (ADMIN hoặc Ban Tổ chức)")
	ResponseEntity<OrgUnitJson> create(@Valid @RequestBody CreateOrgUnitRequest request) {
		OrgUnitSummary created = createOrgUnit.create(new NewOrgUnit(new OrgUnitId(request.parentId()),
				request.type(), request.name(), request.validFrom() == null ? LocalDate.now(clock) : request.validFrom(),
				request.validTo(), request.shortName(), request.docAbbreviation(), request.decisionRef()));
		return ResponseEntity.created(URI.create("/api/v1/org-units/" + created.id().value()))
			.body(OrgUnitJson.of(created));
	}

	@PostMapping("/{id}/rename")
	@Operation(summary = "Đổi tên từ một ngày")
	OrgUnitJson rename(@PathVariable long id, @Valid @RequestBody RenameRequest r) {
		renameOrgUnit.rename(new OrgUnitId(id), r.name(), r.shortName(), r.docAbbreviation(), r.from(), r.decisionRef(),
				r.note());
		return get(id);
	}

	@PostMapping("/{id}/move")
	@Operation(summary = "Chuyển sang đơn vị cấp trên khác từ một ngày")
	OrgUnitJson move(@PathVariable long id, @Valid @RequestBody MoveRequest r) {
		moveOrgUnit.move(new OrgUnitId(id), new OrgUnitId(r.parentId()), r.from(), r.decisionRef(), r.note());
		return get(id);
	}

	@PostMapping("/merge")
	@Operation(summary = "Hợp nhất các đơn vị vào một đơn vị có sẵn (targetId) hoặc thành đơn vị mới (newUnit)")
	OrgUnitJson merge(@Valid @RequestBody MergeRequest r) {
		NewUnitJson n = r.newUnit();
		OrgUnitId target = mergeOrgUnits.merge(r.sourceIds().stream().map(OrgUnitId::new).toList(),
				r.targetId() == null ? null : new OrgUnitId(r.targetId()),
				n == null ? null
						: new NewMergedUnit(n.name(), n.type(), new OrgUnitId(n.parentId()), n.shortName(),
								n.docAbbreviation()),
				r.from(), r.decisionRef(), r.note());
		return get(target.value());
	}

	@PostMapping("/{id}/split")
	@Operation(summary = "Chia tách thành các đơn vị mới, chọn đơn vị trực thuộc và đảng viên cho từng đơn vị")
	List<OrgUnitJson> split(@PathVariable long id, @Valid @RequestBody SplitRequest r) {
		List<SplitOrgUnit.Part> parts = r.parts()
			.stream()
			.map(p -> new SplitOrgUnit.Part(p.name(), p.type(), p.parentId() == null ? null : new OrgUnitId(p.parentId()),
					p.childUnitIds() == null ? List.of() : p.childUnitIds().stream().map(OrgUnitId::new).toList(),
					p.memberIds() == null ? List.of() : p.memberIds()))
			.toList();
		return splitOrgUnit.split(new OrgUnitId(id), parts, r.sourceContinues(), r.from(), r.decisionRef(), r.note())
			.stream()
			.map(u -> get(u.value()))
			.toList();
	}

	@PostMapping("/{id}/dissolve")
	@Operation(summary = "Kết thúc hoạt động từ một ngày (bị từ chối khi còn đơn vị hoặc đảng viên, trừ khi chuyển đảng viên)")
	OrgUnitJson dissolve(@PathVariable long id, @Valid @RequestBody DissolveRequest r) {
		dissolveOrgUnit.dissolve(new OrgUnitId(id), r.from(),
				r.moveMembersTo() == null ? null : new OrgUnitId(r.moveMembersTo()), r.decisionRef(), r.note());
		return get(id);
	}
}
