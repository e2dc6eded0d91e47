package vn.xdd.organization.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.xdd.organization.OrgUnitSummary;
import vn.xdd.organization.OrgUnits;
import vn.xdd.organization.application.CreateOrgUnit;
import vn.xdd.shared.AccessScope;
import vn.xdd.shared.OrgUnitId;

/** The organisation units of the caller's scope. */
@RestController
@RequestMapping("/api/v1/org-units")
@Tag(name = "Tổ chức đảng", description = "Cây tổ chức trong phạm vi người dùng")
class OrgUnitApiController {

	private final OrgUnits units;

	private final AccessScope scope;

	private final CreateOrgUnit createOrgUnit;

	OrgUnitApiController(OrgUnits units, AccessScope scope, CreateOrgUnit createOrgUnit) {
		this.units = units;
		this.scope = scope;
		this.createOrgUnit = createOrgUnit;
	}

	record OrgUnitJson(long id, @Nullable Long parentId, String type, String name, LocalDate validFrom,
			@Nullable LocalDate validTo, int depth) {

		static OrgUnitJson of(OrgUnitSummary u) {
			return new OrgUnitJson(u.id().value(), u.parentId() == null ? null : u.parentId().value(), u.typeCode(),
					u.name(), u.validFrom(), u.validTo(), u.depth());
		}
	}

	record CreateOrgUnitRequest(@NotNull Long parentId, @NotBlank String type, @NotBlank String name,
			@Nullable LocalDate validFrom) {
	}

	@GetMapping
	@Operation(summary = "Các đơn vị trong phạm vi, theo thứ tự cây")
	List<OrgUnitJson> list() {
		return units.subtrees(scope.grantRoots()).stream().map(OrgUnitJson::of).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "Một đơn vị (404 nếu ngoài phạm vi)")
	OrgUnitJson get(@PathVariable long id) {
		OrgUnitId unitId = new OrgUnitId(id);
		scope.requireReach(unitId, "ORG_UNIT", Long.toString(id));
		return OrgUnitJson.of(units.find(unitId).orElseThrow());
	}

	@PostMapping
	@Operation(summary = "Thêm một đơn vị dưới một đơn vị trong phạm vi (ADMIN hoặc Ban Tổ chức)")
	ResponseEntity<OrgUnitJson> create(@Valid @RequestBody CreateOrgUnitRequest request) {
		OrgUnitSummary created = createOrgUnit.create(new CreateOrgUnit.Command(new OrgUnitId(request.parentId()),
				request.type(), request.name(), request.validFrom() == null ? LocalDate.now() : request.validFrom()));
		return ResponseEntity.created(URI.create("/api/v1/org-units/" + created.id().value()))
			.body(OrgUnitJson.of(created));
	}
}
