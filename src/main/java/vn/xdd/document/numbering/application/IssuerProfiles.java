package vn.xdd.document.numbering.application;

import org.springframework.stereotype.Component;

import vn.xdd.document.numbering.domain.IssuerProfile;
import vn.xdd.document.numbering.persistence.JdbcIssuerProfiles;
import vn.xdd.organization.OrgUnitSummary;
import vn.xdd.organization.OrgUnits;
import vn.xdd.shared.NotFoundException;
import vn.xdd.shared.OrgUnitId;

/** The issuer profile of a unit: the one it saved, or the defaults derived from the tree. */
@Component
public class IssuerProfiles {

	private final JdbcIssuerProfiles profiles;

	private final OrgUnits units;

	public IssuerProfiles(JdbcIssuerProfiles profiles, OrgUnits units) {
		this.profiles = profiles;
		this.units = units;
	}

	public IssuerProfile of(OrgUnitId unit) {
		return profiles.find(unit).orElseGet(() -> defaults(unit));
	}

	public IssuerProfile defaults(OrgUnitId unit) {
		OrgUnitSummary summary = units.find(unit)
			.orElseThrow(() -> new NotFoundException("ORG_UNIT", unit.toString()));
		String parentName = summary.parentId() == null ? null
				: units.find(summary.parentId()).map(OrgUnitSummary::name).orElse(null);
		return IssuerProfile.defaults(new IssuerProfile.UnitFacts(summary.name(), summary.typeCode(),
				units.documentAbbreviation(unit).orElse(null), parentName));
	}

	public String unitName(OrgUnitId unit) {
		return units.find(unit).map(OrgUnitSummary::name).orElse(unit.toString());
	}
}
