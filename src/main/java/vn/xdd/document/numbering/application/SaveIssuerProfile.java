package vn.xdd.document.numbering.application;

import vn.xdd.shared.Actor;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.document.IssuerDetails;
import vn.xdd.document.IssuerProfileSaving;
import vn.xdd.document.numbering.domain.IssuerProfile;
import vn.xdd.document.numbering.persistence.JdbcIssuerProfiles;
import vn.xdd.shared.AuditEntry;
import vn.xdd.shared.Auditable;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.FieldProblem;
import vn.xdd.shared.OrgUnitId;

/** Saves what a unit's documents say in the header and the signature block. */
@Service
public class SaveIssuerProfile implements IssuerProfileSaving {

	/** For the audit trail. */
	public record IssuerProfileSaved(long unitId, String summary) implements Auditable {

		@Override
		public AuditEntry auditEntry() {
			return AuditEntry.of("UPDATE", "ISSUER_PROFILE", unitId, null, summary);
		}
	}

	private final JdbcIssuerProfiles profiles;

	private final NumberingAccess access;

	private final ApplicationEventPublisher events;

	SaveIssuerProfile(JdbcIssuerProfiles profiles, NumberingAccess access, ApplicationEventPublisher events) {
		this.profiles = profiles;
		this.access = access;
		this.events = events;
	}

	@Override
	@Transactional
	public void save(OrgUnitId unit, IssuerDetails details, int expectedVersion) {
		save(unit, new IssuerProfile(details.superiorBody(), details.issuingBody(), details.place(),
				details.bodyAbbreviation(), details.authorityLine(), details.signerTitle(), details.signerName(),
				details.recipients(), false, -1), expectedVersion);
	}

	/**
	 * @param expectedVersion the version the form was opened with; -1 when the unit had no saved profile
	 */
	@Transactional
	public void save(OrgUnitId unit, IssuerProfile profile, int expectedVersion) {
		access.requireManager(unit);
		List<FieldProblem> problems = new ArrayList<>();
		require(profile.superiorBody(), "superiorBody", problems);
		require(profile.issuingBody(), "issuingBody", problems);
		require(profile.place(), "place", problems);
		require(profile.authorityLine(), "authorityLine", problems);
		require(profile.signerTitle(), "signerTitle", problems);
		if (!profile.bodyAbbreviation().strip().matches("[\\p{L}0-9]{1,20}")) {
			problems.add(new FieldProblem("document.profile.bodyAbbreviation", "document.error.abbreviation"));
		}
		if (!problems.isEmpty()) {
			throw new BusinessRuleException(problems, "document.error.profileInvalid");
		}
		profiles.save(unit, profile, expectedVersion, Actor.currentName());
		events.publishEvent(new IssuerProfileSaved(unit.value(),
				profile.issuingBody() + " / " + profile.bodyAbbreviation() + " / " + profile.authorityLine()));
	}

	private static void require(String value, String field, List<FieldProblem> problems) {
		if (value.isBlank()) {
			problems.add(new FieldProblem("document.profile." + field, "document.error.required"));
		}
	}
}
