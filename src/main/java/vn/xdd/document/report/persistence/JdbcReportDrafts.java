package vn.xdd.document.report.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import vn.xdd.document.ReportDraft;
import vn.xdd.document.ReportDraft.Texts;
import vn.xdd.shared.OrgUnitId;

/** The table report_draft. */
@Repository
public class JdbcReportDrafts {

	private static final String COLUMNS = "id, unit_id, period_from, period_to, campaign_id, situation, limitations,"
			+ " tasks_ahead, recommendations, version, created_by, created_at";

	private final JdbcClient jdbc;

	JdbcReportDrafts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(OrgUnitId unit, LocalDate from, LocalDate to, @Nullable Long campaignId, Texts texts,
			String createdBy) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("insert into report_draft (unit_id, period_from, period_to, campaign_id, situation, limitations,"
				+ " tasks_ahead, recommendations, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(unit.value(), from, to, campaignId, texts.situation(), texts.limitations(), texts.tasksAhead(),
					texts.recommendations(), createdBy)
			.update(key, "id");
		return Objects.requireNonNull(key.getKeyAs(Long.class));
	}

	public Optional<ReportDraft> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from report_draft where id = ?").param(id).query(JdbcReportDrafts::row).optional();
	}

	/** The drafts of the given units, latest period first. */
	public List<ReportDraft> ofUnits(List<OrgUnitId> units) {
		return jdbc.sql("select " + COLUMNS + " from report_draft where unit_id = any(?)"
				+ " order by period_to desc, id desc")
			.param(units.stream().map(OrgUnitId::value).toArray(Long[]::new))
			.query(JdbcReportDrafts::row)
			.list();
	}

	/** Changes the texts if nobody changed them since {@code version}; false otherwise. */
	public boolean updateTexts(long id, int version, Texts texts) {
		return jdbc.sql("update report_draft set situation = ?, limitations = ?, tasks_ahead = ?, recommendations = ?,"
				+ " version = version + 1 where id = ? and version = ?")
			.params(texts.situation(), texts.limitations(), texts.tasksAhead(), texts.recommendations(), id, version)
			.update() == 1;
	}

	private static ReportDraft row(ResultSet rs, int n) throws SQLException {
		long campaign = rs.getLong("campaign_id");
		Long campaignId = rs.wasNull() ? null : campaign;
		return new ReportDraft(rs.getLong("id"), new OrgUnitId(rs.getLong("unit_id")),
				rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
				campaignId,
				new Texts(rs.getString("situation"), rs.getString("limitations"), rs.getString("tasks_ahead"),
						rs.getString("recommendations")),
				rs.getInt("version"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
	}
}
