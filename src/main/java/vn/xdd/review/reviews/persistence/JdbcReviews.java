package vn.xdd.review.reviews.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.xdd.files.FileId;
import vn.xdd.organization.MemberId;
import vn.xdd.review.CampaignId;
import vn.xdd.review.HolderKind;
import vn.xdd.review.ShortcomingId;
import vn.xdd.review.reviews.domain.ReviewRecord;
import vn.xdd.shared.OrgUnitId;

/** The review table, and which register items a review recorded. */
@Repository
public class JdbcReviews {

	private static final String COLUMNS = """
			id, campaign_id, subject_kind, unit_id, member_id, strengths, status, signed_file_id, submitted_at,
			submitted_by, created_by, version""";

	private final JdbcClient jdbc;

	public JdbcReviews(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(CampaignId campaign, HolderKind kind, OrgUnitId unit, @Nullable MemberId member,
			String strengths, String by) {
		return jdbc.sql("""
				insert into review (campaign_id, subject_kind, unit_id, member_id, strengths, created_by)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(campaign.value(), kind.name(), unit.value(), member == null ? null : member.value(), strengths, by)
			.query(Long.class)
			.single();
	}

	public Optional<ReviewRecord> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from review where id = ?").param(id).query(JdbcReviews::map).optional();
	}

	/** The review of a subject in a campaign, if one was started. */
	/** The reviews whose signed file is {@code file}. */
	public List<ReviewRecord> withSignedFile(FileId file) {
		return jdbc.sql("select " + COLUMNS + " from review where signed_file_id = ?")
			.param(file.value())
			.query(JdbcReviews::map)
			.list();
	}

	public Optional<ReviewRecord> findOf(CampaignId campaign, HolderKind kind, OrgUnitId unit, @Nullable MemberId member) {
		return jdbc.sql("select " + COLUMNS + " from review where campaign_id = ? and subject_kind = ? and unit_id = ?"
				+ " and coalesce(member_id, 0) = ?")
			.params(campaign.value(), kind.name(), unit.value(), member == null ? 0L : member.value())
			.query(JdbcReviews::map)
			.optional();
	}

	public List<ReviewRecord> ofCampaign(CampaignId campaign) {
		return jdbc.sql("select " + COLUMNS + " from review where campaign_id = ?")
			.param(campaign.value())
			.query(JdbcReviews::map)
			.list();
	}

	/** Changes a draft read at {@code version}; false when it changed meanwhile or was submitted. */
	public boolean update(long id, int version, String strengths) {
		return jdbc.sql("""
				update review set strengths = ?, version = version + 1
				where id = ? and version = ? and status = 'DRAFT'""")
			.params(strengths, id, version)
			.update() == 1;
	}

	/** Attaches the signed review (the review's version is raised by the change that carries it). */
	public void attachSignedFile(long id, FileId file) {
		jdbc.sql("update review set signed_file_id = ? where id = ?").params(file.value(), id).update();
	}

	public boolean submit(long id, int version, String by) {
		return jdbc.sql("""
				update review set status = 'SUBMITTED', submitted_by = ?, submitted_at = now(), version = version + 1
				where id = ? and version = ? and status = 'DRAFT'""")
			.params(by, id, version)
			.update() == 1;
	}

	/** The register items this review recorded, oldest first. */
	public List<ShortcomingId> shortcomingsOf(long reviewId) {
		return jdbc.sql("select id from shortcoming where review_id = ? order by id")
			.param(reviewId)
			.query((rs, row) -> new ShortcomingId(rs.getLong(1)))
			.list();
	}

	private static ReviewRecord map(ResultSet rs, int row) throws SQLException {
		long member = rs.getLong("member_id");
		boolean noMember = rs.wasNull();
		long file = rs.getLong("signed_file_id");
		boolean noFile = rs.wasNull();
		Timestamp submittedAt = rs.getTimestamp("submitted_at");
		return new ReviewRecord(rs.getLong("id"), new CampaignId(rs.getLong("campaign_id")),
				HolderKind.valueOf(rs.getString("subject_kind")), new OrgUnitId(rs.getLong("unit_id")),
				noMember ? null : new MemberId(member), rs.getString("strengths"), "SUBMITTED".equals(rs.getString("status")),
				noFile ? null : new FileId(file), submittedAt == null ? null : submittedAt.toInstant(),
				rs.getString("submitted_by"), rs.getString("created_by"), rs.getInt("version"));
	}
}
