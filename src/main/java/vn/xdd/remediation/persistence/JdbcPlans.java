package vn.xdd.remediation.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import vn.xdd.remediation.PlanStatus;
import vn.xdd.remediation.domain.Recurrence;
import vn.xdd.remediation.domain.ReportStatus;
import vn.xdd.remediation.domain.TaskStatus;
import vn.xdd.remediation.persistence.PlanRows.GroupRow;
import vn.xdd.remediation.persistence.PlanRows.PlanRow;
import vn.xdd.remediation.persistence.PlanRows.ReportRow;
import vn.xdd.remediation.persistence.PlanRows.TargetRow;
import vn.xdd.remediation.persistence.PlanRows.TaskData;
import vn.xdd.remediation.persistence.PlanRows.TaskRow;

/** The remediation tables of V4: plans, groups, tasks, targets and progress reports. */
@Repository
public class JdbcPlans {

	private static final String PLAN_COLUMNS = "id, unit_id, number_symbol, issued_on, title, campaign_id, status,"
			+ " results_summary, cancel_reason, created_by, version";

	private static final String TASK_COLUMNS = "id, plan_id, group_id, position, text, lead_unit_id, lead_person,"
			+ " deadline, recurrence, expected_output, status, progress_percent, version";

	private static final String REPORT_COLUMNS = "id, task_id, unit_id, stage, percent, narrative, reported_on,"
			+ " reported_by, status, decided_by, decided_at, return_reason, version";

	private final JdbcClient jdbc;

	public JdbcPlans(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// Plans --------------------------------------------------------------------------------------

	public long insertPlan(long unitId, String numberSymbol, LocalDate issuedOn, String title,
			@Nullable Long campaignId, String createdBy) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("insert into remediation_plan (unit_id, number_symbol, issued_on, title, campaign_id, created_by)"
				+ " values (?, ?, ?, ?, ?, ?)")
			.params(unitId, numberSymbol, issuedOn, title, campaignId, createdBy)
			.update(key, "id");
		return Objects.requireNonNull(key.getKeyAs(Long.class));
	}

	public Optional<PlanRow> findPlan(long id) {
		return jdbc.sql("select " + PLAN_COLUMNS + " from remediation_plan where id = ?")
			.param(id)
			.query(JdbcPlans::plan)
			.optional();
	}

	public List<PlanRow> allPlans() {
		return jdbc.sql("select " + PLAN_COLUMNS + " from remediation_plan order by issued_on desc, id desc")
			.query(JdbcPlans::plan)
			.list();
	}

	/** The units a plan concerns besides its issuer: its targets and its tasks' lead units. */
	public List<Long> concernedUnits(long planId) {
		return jdbc.sql("select unit_id from plan_target where plan_id = ? union"
				+ " select lead_unit_id from plan_task where plan_id = ? and lead_unit_id is not null")
			.params(planId, planId)
			.query(Long.class)
			.list();
	}

	public boolean updatePlan(long id, int version, String numberSymbol, LocalDate issuedOn, String title,
			@Nullable Long campaignId) {
		return jdbc.sql("update remediation_plan set number_symbol = ?, issued_on = ?, title = ?, campaign_id = ?,"
				+ " version = version + 1 where id = ? and version = ?")
			.params(numberSymbol, issuedOn, title, campaignId, id, version)
			.update() == 1;
	}

	/** The number and date the register gave the plan's document. */
	public void setNumber(long id, String numberSymbol, LocalDate issuedOn) {
		jdbc.sql("update remediation_plan set number_symbol = ?, issued_on = ?, version = version + 1 where id = ?")
			.params(numberSymbol, issuedOn, id)
			.update();
	}

	public void setStatus(long id, PlanStatus status) {
		jdbc.sql("update remediation_plan set status = ?, version = version + 1 where id = ?")
			.params(status.name(), id)
			.update();
	}

	public void close(long id, String summary) {
		jdbc.sql("update remediation_plan set status = 'CLOSED', results_summary = ?, closed_at = now(),"
				+ " version = version + 1 where id = ?")
			.params(summary, id)
			.update();
	}

	public void cancel(long id, String reason) {
		jdbc.sql("update remediation_plan set status = 'CANCELLED', cancel_reason = ?, version = version + 1 where id = ?")
			.params(reason, id)
			.update();
	}

	public long countReports(long planId) {
		return jdbc.sql("select count(*) from progress_report r join plan_task t on t.id = r.task_id where t.plan_id = ?")
			.param(planId)
			.query(Long.class)
			.single();
	}

	/** Deletes a plan without reports and everything under it. */
	public void deletePlan(long id) {
		jdbc.sql("delete from plan_task_shortcoming where task_id in (select id from plan_task where plan_id = ?)")
			.param(id)
			.update();
		jdbc.sql("delete from plan_task_coordinator where task_id in (select id from plan_task where plan_id = ?)")
			.param(id)
			.update();
		jdbc.sql("delete from plan_task where plan_id = ?").param(id).update();
		jdbc.sql("delete from plan_group where plan_id = ?").param(id).update();
		jdbc.sql("delete from plan_target where plan_id = ?").param(id).update();
		jdbc.sql("delete from remediation_plan where id = ?").param(id).update();
	}

	// Groups -------------------------------------------------------------------------------------

	public record Template(String code, String name) {
	}

	public List<Template> templates() {
		return jdbc.sql("select code, name from solution_group_template order by sort_order, code")
			.query((rs, n) -> new Template(rs.getString("code"), rs.getString("name")))
			.list();
	}

	public List<String> templateItems(String code) {
		return jdbc.sql("select title from solution_group_template_item where template_code = ? order by position")
			.param(code)
			.query(String.class)
			.list();
	}

	public long insertGroup(long planId, String title) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("insert into plan_group (plan_id, position, title) values (?,"
				+ " (select coalesce(max(position), 0) + 1 from plan_group where plan_id = ?), ?)")
			.params(planId, planId, title)
			.update(key, "id");
		return Objects.requireNonNull(key.getKeyAs(Long.class));
	}

	public List<GroupRow> groups(long planId) {
		return jdbc.sql("select id, plan_id, position, title, version from plan_group where plan_id = ?"
				+ " order by position, id")
			.param(planId)
			.query((rs, n) -> new GroupRow(rs.getLong("id"), rs.getLong("plan_id"), rs.getInt("position"),
					rs.getString("title"), rs.getInt("version")))
			.list();
	}

	public void renameGroup(long groupId, String title) {
		jdbc.sql("update plan_group set title = ?, version = version + 1 where id = ?").params(title, groupId).update();
	}

	public void setGroupPosition(long groupId, int position) {
		jdbc.sql("update plan_group set position = ?, version = version + 1 where id = ?")
			.params(position, groupId)
			.update();
	}

	public long countTasksInGroup(long groupId) {
		return jdbc.sql("select count(*) from plan_task where group_id = ?").param(groupId).query(Long.class).single();
	}

	public void deleteGroup(long groupId) {
		jdbc.sql("delete from plan_group where id = ?").param(groupId).update();
	}

	// Tasks --------------------------------------------------------------------------------------

	public long insertTask(long planId, long groupId, TaskData data) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("insert into plan_task (plan_id, group_id, position, text, lead_unit_id, lead_person, deadline,"
				+ " recurrence, expected_output) values (?, ?,"
				+ " (select coalesce(max(position), 0) + 1 from plan_task where group_id = ?), ?, ?, ?, ?, ?, ?)")
			.params(planId, groupId, groupId, data.text(), data.leadUnitId(), data.leadPerson(), data.deadline(),
					data.recurrence().name(), data.expectedOutput())
			.update(key, "id");
		return Objects.requireNonNull(key.getKeyAs(Long.class));
	}

	/** Changes a task if nobody changed it since {@code version}; false otherwise. */
	public boolean updateTask(long id, int version, long groupId, TaskData data) {
		return jdbc.sql("update plan_task set group_id = ?, text = ?, lead_unit_id = ?, lead_person = ?, deadline = ?,"
				+ " recurrence = ?, expected_output = ?, version = version + 1 where id = ? and version = ?")
			.params(groupId, data.text(), data.leadUnitId(), data.leadPerson(), data.deadline(),
					data.recurrence().name(), data.expectedOutput(), id, version)
			.update() == 1;
	}

	public Optional<TaskRow> findTask(long id) {
		return jdbc.sql("select " + TASK_COLUMNS + " from plan_task where id = ?")
			.param(id)
			.query(JdbcPlans::task)
			.optional();
	}

	public List<TaskRow> tasks(long planId) {
		return jdbc.sql("select " + TASK_COLUMNS + " from plan_task where plan_id = ? order by position, id")
			.param(planId)
			.query(JdbcPlans::task)
			.list();
	}

	/** Tasks not done, with a deadline on or before {@code horizon}, of plans in force. */
	public List<TaskRow> openTasksDueBy(LocalDate horizon) {
		return jdbc.sql("select " + TASK_COLUMNS.replaceAll("(\\w+)", "t.$1") + " from plan_task t"
				+ " join remediation_plan p on p.id = t.plan_id"
				+ " where p.status = 'ISSUED' and t.status <> 'DONE' and t.deadline is not null and t.deadline <= ?"
				+ " order by t.deadline, t.id")
			.param(horizon)
			.query(JdbcPlans::task)
			.list();
	}

	public void setTaskProgress(long taskId, TaskStatus status, @Nullable Integer percent) {
		jdbc.sql("update plan_task set status = ?, progress_percent = coalesce(?, progress_percent),"
				+ " version = version + 1 where id = ?")
			.params(status.name(), percent, taskId)
			.update();
	}

	public void replaceCoordinators(long taskId, Collection<Long> units) {
		jdbc.sql("delete from plan_task_coordinator where task_id = ?").param(taskId).update();
		for (Long unit : units) {
			jdbc.sql("insert into plan_task_coordinator (task_id, unit_id) values (?, ?)").params(taskId, unit).update();
		}
	}

	public List<Long> coordinators(long taskId) {
		return jdbc.sql("select unit_id from plan_task_coordinator where task_id = ? order by unit_id")
			.param(taskId)
			.query(Long.class)
			.list();
	}

	public void replaceShortcomings(long taskId, Collection<Long> shortcomings) {
		jdbc.sql("delete from plan_task_shortcoming where task_id = ?").param(taskId).update();
		for (Long item : shortcomings) {
			jdbc.sql("insert into plan_task_shortcoming (task_id, shortcoming_id) values (?, ?)")
				.params(taskId, item)
				.update();
		}
	}

	public List<Long> shortcomingsOfTask(long taskId) {
		return jdbc.sql("select shortcoming_id from plan_task_shortcoming where task_id = ? order by shortcoming_id")
			.param(taskId)
			.query(Long.class)
			.list();
	}

	public List<Long> shortcomingsOfPlan(long planId) {
		return jdbc.sql("select distinct s.shortcoming_id from plan_task_shortcoming s"
				+ " join plan_task t on t.id = s.task_id where t.plan_id = ? order by s.shortcoming_id")
			.param(planId)
			.query(Long.class)
			.list();
	}

	// Dissemination ------------------------------------------------------------------------------

	/** Adds the units not yet targeted; returns those added. */
	public List<Long> addTargets(long planId, Collection<Long> units) {
		List<Long> added = new java.util.ArrayList<>();
		for (Long unit : units) {
			int rows = jdbc.sql("insert into plan_target (plan_id, unit_id) values (?, ?) on conflict do nothing")
				.params(planId, unit)
				.update();
			if (rows == 1) {
				added.add(unit);
			}
		}
		return added;
	}

	public List<TargetRow> targets(long planId) {
		return jdbc.sql("select plan_id, unit_id, sent_at, acknowledged_on, acknowledged_by from plan_target"
				+ " where plan_id = ? order by unit_id")
			.param(planId)
			.query((rs, n) -> new TargetRow(rs.getLong("plan_id"), rs.getLong("unit_id"),
					rs.getTimestamp("sent_at").toInstant(), rs.getObject("acknowledged_on", LocalDate.class),
					rs.getString("acknowledged_by")))
			.list();
	}

	public boolean acknowledge(long planId, long unitId, LocalDate on, String by) {
		return jdbc.sql("update plan_target set acknowledged_on = ?, acknowledged_by = ?, acknowledged_at = now()"
				+ " where plan_id = ? and unit_id = ? and acknowledged_on is null")
			.params(on, by, planId, unitId)
			.update() == 1;
	}

	// Progress reports ---------------------------------------------------------------------------

	public long insertReport(long taskId, long unitId, @Nullable String stage, @Nullable Integer percent,
			String narrative, LocalDate reportedOn, String reportedBy) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("insert into progress_report (task_id, unit_id, stage, percent, narrative, reported_on, reported_by)"
				+ " values (?, ?, ?, ?, ?, ?, ?)")
			.params(taskId, unitId, stage, percent, narrative, reportedOn, reportedBy)
			.update(key, "id");
		return Objects.requireNonNull(key.getKeyAs(Long.class));
	}

	public void linkFile(long reportId, long attachmentId) {
		jdbc.sql("insert into progress_report_file (report_id, attachment_id) values (?, ?)")
			.params(reportId, attachmentId)
			.update();
	}

	public List<Long> filesOfReport(long reportId) {
		return jdbc.sql("select attachment_id from progress_report_file where report_id = ? order by attachment_id")
			.param(reportId)
			.query(Long.class)
			.list();
	}

	public Optional<ReportRow> findReport(long id) {
		return jdbc.sql("select " + REPORT_COLUMNS + " from progress_report where id = ?")
			.param(id)
			.query(JdbcPlans::report)
			.optional();
	}

	/** The reports the attachment is a file of. */
	public List<ReportRow> reportsWithFile(long attachmentId) {
		return jdbc.sql("select " + REPORT_COLUMNS + " from progress_report where id in"
				+ " (select report_id from progress_report_file where attachment_id = ?)")
			.param(attachmentId)
			.query(JdbcPlans::report)
			.list();
	}

	public List<ReportRow> reportsOfPlan(long planId) {
		return jdbc.sql("select " + REPORT_COLUMNS.replaceAll("(\\w+)", "r.$1") + " from progress_report r"
				+ " join plan_task t on t.id = r.task_id where t.plan_id = ? order by r.reported_at desc, r.id desc")
			.param(planId)
			.query(JdbcPlans::report)
			.list();
	}

	/** Records the decision on a report still waiting for it; false if someone decided first. */
	public boolean decide(long reportId, int version, ReportStatus status, String by, @Nullable String reason) {
		return jdbc.sql("update progress_report set status = ?, decided_by = ?, decided_at = now(), return_reason = ?,"
				+ " version = version + 1 where id = ? and version = ? and status = 'SUBMITTED'")
			.params(status.name(), by, reason, reportId, version)
			.update() == 1;
	}

	// Mapping ------------------------------------------------------------------------------------

	static PlanRow plan(ResultSet rs, int row) throws SQLException {
		return new PlanRow(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("number_symbol"),
				rs.getObject("issued_on", LocalDate.class), rs.getString("title"),
				rs.getObject("campaign_id", Long.class), PlanStatus.valueOf(rs.getString("status")),
				rs.getString("results_summary"), rs.getString("cancel_reason"), rs.getString("created_by"),
				rs.getInt("version"));
	}

	static TaskRow task(ResultSet rs, int row) throws SQLException {
		return new TaskRow(rs.getLong("id"), rs.getLong("plan_id"), rs.getLong("group_id"), rs.getInt("position"),
				rs.getString("text"), rs.getObject("lead_unit_id", Long.class), rs.getString("lead_person"),
				rs.getObject("deadline", LocalDate.class), Recurrence.valueOf(rs.getString("recurrence")),
				rs.getString("expected_output"), TaskStatus.valueOf(rs.getString("status")),
				rs.getInt("progress_percent"), rs.getInt("version"));
	}

	static ReportRow report(ResultSet rs, int row) throws SQLException {
		Timestamp decidedAt = rs.getTimestamp("decided_at");
		return new ReportRow(rs.getLong("id"), rs.getLong("task_id"), rs.getLong("unit_id"), rs.getString("stage"),
				rs.getObject("percent", Integer.class), rs.getString("narrative"),
				rs.getObject("reported_on", LocalDate.class), rs.getString("reported_by"),
				ReportStatus.valueOf(rs.getString("status")), rs.getString("decided_by"),
				decidedAt == null ? null : decidedAt.toInstant(), rs.getString("return_reason"), rs.getInt("version"));
	}
}
