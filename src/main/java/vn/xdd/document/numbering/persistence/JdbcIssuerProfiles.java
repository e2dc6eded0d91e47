package vn.xdd.document.numbering.persistence;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.xdd.document.numbering.domain.IssuerProfile;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.VersionConflictException;

/** The saved issuer profiles; recipients are stored one per line. */
@Repository
public class JdbcIssuerProfiles {

	private final JdbcClient jdbc;

	public JdbcIssuerProfiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<IssuerProfile> find(OrgUnitId unit) {
		return jdbc.sql("""
				select superior_body, issuing_body, place, body_abbreviation, authority_line, signer_title,
				       signer_name, recipients, version
				  from issuer_profile where unit_id = ?""")
			.param(unit.value())
			.query((rs, i) -> new IssuerProfile(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getString(7), lines(rs.getString(8)), true, rs.getInt(9)))
			.optional();
	}

	/** Inserts the first profile of a unit, or updates it if {@code expectedVersion} still holds. */
	public void save(OrgUnitId unit, IssuerProfile p, int expectedVersion, String by) {
		String recipients = String.join("\n", p.recipients());
		int rows;
		if (expectedVersion < 0) {
			rows = jdbc.sql("""
					insert into issuer_profile (unit_id, superior_body, issuing_body, place, body_abbreviation,
					       authority_line, signer_title, signer_name, recipients, updated_by)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (unit_id) do nothing""")
				.params(unit.value(), p.superiorBody(), p.issuingBody(), p.place(), p.bodyAbbreviation(),
						p.authorityLine(), p.signerTitle(), p.signerName(), recipients, by)
				.update();
		}
		else {
			rows = jdbc.sql("""
					update issuer_profile set superior_body = ?, issuing_body = ?, place = ?, body_abbreviation = ?,
					       authority_line = ?, signer_title = ?, signer_name = ?, recipients = ?, updated_by = ?,
					       updated_at = now(), version = version + 1
					 where unit_id = ? and version = ?""")
				.params(p.superiorBody(), p.issuingBody(), p.place(), p.bodyAbbreviation(), p.authorityLine(),
						p.signerTitle(), p.signerName(), recipients, by, unit.value(), expectedVersion)
				.update();
		}
		if (rows == 0) {
			throw new VersionConflictException("common.staleVersion");
		}
	}

	static List<String> lines(String text) {
		return Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
	}
}
