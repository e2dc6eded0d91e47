package vn.xdd.discipline.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.discipline.CaseId;
import vn.xdd.discipline.CaseStatus;
import vn.xdd.discipline.DisciplineForm;
import vn.xdd.discipline.SubjectKind;
import vn.xdd.discipline.application.CaseViews.Action;
import vn.xdd.discipline.application.CaseViews.CaseDetail;
import vn.xdd.discipline.application.CaseViews.CasePage;
import vn.xdd.discipline.application.CaseViews.CaseSummary;
import vn.xdd.discipline.application.CaseViews.ComplaintView;
import vn.xdd.discipline.application.CaseViews.Filter;
import vn.xdd.discipline.application.CaseViews.Statistics;
import vn.xdd.discipline.application.CaseViews.StepView;
import vn.xdd.discipline.application.CaseViews.Tally;
import vn.xdd.discipline.application.CaseViews.UnitChoice;
import vn.xdd.discipline.application.CaseViews.ViolationView;
import vn.xdd.discipline.domain.CaseLifecycle;
import vn.xdd.discipline.domain.ComplaintFiling;
import vn.xdd.discipline.domain.DisciplineCase;
import vn.xdd.discipline.domain.DisciplineRuleSet;
import vn.xdd.discipline.domain.LimitationReckoning;
import vn.xdd.discipline.domain.Violation;
import vn.xdd.discipline.domain.WorkingDays;
import vn.xdd.discipline.persistence.CaseFilter;
import vn.xdd.discipline.persistence.JdbcDisciplineCases;
import vn.xdd.discipline.persistence.JdbcDisciplineRules;
import vn.xdd.organization.MemberId;
import vn.xdd.organization.MemberRegistry;
import vn.xdd.organization.OrgUnitSummary;
import vn.xdd.organization.OrgUnits;
import vn.xdd.shared.AccessScope;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.PermissionDeniedException;

/**
 * The reads of the discipline pages and API: lists of cases of a subtree, a case with its
 * limitation periods explained and the actions open to the user, the statistics of a period, and a
 * member's discipline history. Each read of a case leaves a line in the audit trail.
 */
@Service
@Transactional(readOnly = true)
public class CaseQueries {

	public static final int PAGE_SIZE = 50;

	/** Pages beyond this are refused: nobody reads 10 000 pages of cases. */
	public static final int MAX_PAGE = 10_000;

	private final CaseAccess access;

	private final AccessScope scope;

	private final JdbcDisciplineCases cases;

	private final JdbcDisciplineRules rules;

	private final OrgUnits units;

	private final MemberRegistry members;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final int complaintDays;

	private final StatisticsWorkbook workbook;

	private final vn.xdd.files.Attachments attachments;

	CaseQueries(CaseAccess access, AccessScope scope, JdbcDisciplineCases cases, JdbcDisciplineRules rules,
			OrgUnits units, MemberRegistry members, MessageSource messages, ApplicationEventPublisher events, Clock clock,
			@org.springframework.beans.factory.annotation.Value("${xdd.discipline.complaint-working-days:30}") int complaintDays,
			StatisticsWorkbook workbook, vn.xdd.files.Attachments attachments) {
		this.workbook = workbook;
		this.attachments = attachments;
		this.access = access;
		this.scope = scope;
		this.cases = cases;
		this.rules = rules;
		this.units = units;
		this.members = members;
		this.messages = messages;
		this.events = events;
		this.clock = clock;
		this.complaintDays = complaintDays;
	}

	/** The unit a list opens on: the one asked for, else the user's active unit. */
	public OrgUnitId unitOrDefault(@Nullable Long unit) {
		if (unit != null) {
			return new OrgUnitId(unit);
		}
		return scope.activeUnit().orElseThrow(() -> new PermissionDeniedException("discipline.error.noUnit"));
	}

	public boolean readsAnywhere() {
		return access.readsAnywhere();
	}

	/** One page of the cases placed in the unit's subtree, newest first. */
	public CasePage list(OrgUnitId unit, Filter filter, int page) {
		requireListReader(unit);
		if (page < 1 || page > MAX_PAGE) {
			throw new BusinessRuleException("discipline.error.page", MAX_PAGE);
		}
		List<Long> subtree = subtree(unit);
		CaseFilter where = new CaseFilter(filter.status(), filter.form(), filter.subject(), filter.decidedFrom(),
				filter.decidedUntil(), null);
		List<DisciplineCase> found = cases.list(subtree, where, (page - 1) * PAGE_SIZE, PAGE_SIZE);
		return new CasePage(summaries(found), cases.count(subtree, where), page, PAGE_SIZE);
	}

	/** The case with what its page shows; the read is audited. */
	public CaseDetail detail(CaseId id, Locale locale) {
		DisciplineCase of = access.requireReadable(id);
		events.publishEvent(new CaseRead("DISCIPLINE_CASE", id.value()));
		CaseSummary summary = summaries(List.of(of)).get(0);
		LocalDate today = LocalDate.now(clock);
		DisciplineForm judged = of.form() != null ? of.form()
				: of.proposedForm() != null ? of.proposedForm() : DisciplineForm.REPRIMAND;
		DisciplineRuleSet set = of.ruleSet() != null ? rules.ruleSets().byCode(of.ruleSet()).orElseThrow()
				: rules.ruleSets().forDecision(of.subjectKind(), today).orElseThrow();
		List<Violation> violations = cases.violations(id);
		LocalDate judgedOn = of.concludedOn() != null ? of.concludedOn() : today;
		List<ViolationView> views = new ArrayList<>();
		List<LimitationReckoning.Period> periods = LimitationReckoning.reckon(set, judged, violations);
		for (LimitationReckoning.Period period : periods) {
			Violation v = period.violation();
			List<String> explanation = period.steps()
				.stream()
				.map(step -> messages.getMessage(step.messageKey(), step.arguments().toArray(), step.messageKey(), locale))
				.toList();
			views.add(new ViolationView(v.description(), v.committedFrom(), v.committedOn(), v.category(),
					v.ruleBreached(), v.higherLevelTask(), period.lastDay(), period.expiredOn(judgedOn), explanation));
		}
		WorkingDays calendar = rules.workingDays();
		List<ComplaintView> complaints = cases.complaints(id)
			.stream()
			.map(c -> new ComplaintView(c.receivedOn(), c.filedOn(),
					new ComplaintFiling(c.receivedOn(), c.filedOn(), complaintDays, calendar, true, false).dueOn(),
					c.addressedTo(), c.content(), c.decidedForm(), c.outcome(), c.ruledOn(), c.changedTo(),
					c.rulingNote()))
			.toList();
		List<StepView> steps = cases.steps(id)
			.stream()
			.map(s -> new StepView(s.action(), s.status(), s.day(), s.form(), s.note(), s.recordedBy(), s.recordedAt()))
			.toList();
		Set<Action> actions = actions(of);
		JdbcDisciplineCases.VoteRecord vote = cases.voteOf(id);
		List<UnitChoice> deciders = actions.contains(Action.DECIDE) ? deciders(of) : List.of();
		return new CaseDetail(summary, of.subjectUnitId(), of.openedByUnitId(), name(of.openedByUnitId()),
				of.source(), of.summary(), of.proposedOn(),
				of.decidedByUnitId() == null ? null : name(of.decidedByUnitId()), of.concludedOn(), of.announcedOn(),
				of.lapsesOn(), of.annulledOn(), of.closingReason(), of.closedOn(), of.note(), judged, set.citation(),
				set.confirmed(), set.formsFor(of.subjectKind()), views, steps, complaints, actions, deciders,
				vote.vote(), vote.signatory(), files(id));
	}

	private List<CaseViews.FileView> files(CaseId id) {
		java.util.LinkedHashMap<Long, String> linked = cases.attachments(id);
		return attachments.findAll(linked.keySet().stream().map(vn.xdd.files.FileId::new).toList())
			.stream()
			.map(f -> new CaseViews.FileView(f.id().value(), f.fileName(), f.sizeBytes(), f.uploadedAt(),
					linked.getOrDefault(f.id().value(), "")))
			.toList();
	}

	/** A file of the case, for whoever may read the case; a file of another case is not found. */
	@Transactional
	public CaseViews.FileContent file(CaseId id, long fileId) {
		access.requireReadable(id);
		if (!cases.attachments(id).containsKey(fileId)) {
			throw new vn.xdd.shared.NotFoundException("ATTACHMENT", Long.toString(fileId));
		}
		vn.xdd.files.StoredFile file = attachments.find(new vn.xdd.files.FileId(fileId)).orElseThrow();
		return new CaseViews.FileContent(file.fileName(), file.contentType(),
				attachments.restrictedContent(file.id(), AttachCaseFile.OWNER));
	}

	/** The decisions of the period in the unit's subtree, not annulled, by subject and form. */
	public Statistics statistics(OrgUnitId unit, LocalDate from, LocalDate until) {
		requireListReader(unit);
		if (until.isBefore(from)) {
			throw new BusinessRuleException("discipline.error.periodOrder");
		}
		List<Long> subtree = subtree(unit);
		List<Tally> tallies = cases.tally(subtree, from, until)
			.stream()
			.map(t -> new Tally(t.subject(), t.form(), t.count()))
			.toList();
		long organizations = tallies.stream().filter(t -> t.subject() == SubjectKind.ORGANIZATION).mapToLong(Tally::count).sum();
		long memberCount = tallies.stream().filter(t -> t.subject().member()).mapToLong(Tally::count).sum();
		List<CaseViews.CategoryCount> categories = cases.byCategory(subtree, from, until)
			.stream()
			.map(c -> new CaseViews.CategoryCount(c.category(), c.count()))
			.sorted(java.util.Comparator.comparing(CaseViews.CategoryCount::category))
			.toList();
		long[] posts = cases.postHolders(subtree, from, until);
		return new Statistics(unit.value(), name(unit.value()), from, until, tallies, organizations, memberCount,
				categories, posts[0], posts[1]);
	}

	/** The statistics as the Excel table of the period (audited as an export). */
	public byte[] statisticsWorkbook(OrgUnitId unit, LocalDate from, LocalDate until, Locale locale) {
		Statistics stats = statistics(unit, from, until);
		events.publishEvent(new StatisticsExported(unit.value(), from + ".." + until));
		return workbook.xlsx(stats, path(unit.value()), locale);
	}

	/**
	 * The member's cases, newest first, for his record: to the readers of discipline at his chapter,
	 * or to the member himself, who sees only his decided cases. Audited.
	 */
	public List<CaseSummary> ofMember(MemberId member) {
		OrgUnitId chapter = members.chapterOf(member).orElseThrow(() -> new vn.xdd.shared.NotFoundException("MEMBER",
				member.toString()));
		boolean himself = scope.ownMemberId().map(own -> own == member.value()).orElse(false);
		if (!himself) {
			access.requireReader(chapter, "MEMBER", member.toString());
		}
		events.publishEvent(new CaseRead("MEMBER_DISCIPLINE", member.value()));
		List<DisciplineCase> found = cases.ofSubject(member.value(), null);
		if (himself && !access.reads(chapter)) {
			found = found.stream().filter(c -> c.form() != null).toList();
		}
		return summaries(found);
	}

	/** The units of the user's grants where he handles cases: the committees he may open a case for. */
	public List<UnitChoice> handledUnits() {
		return scope.grantRoots()
			.stream()
			.filter(access::handles)
			.sorted(java.util.Comparator.comparingLong(OrgUnitId::value))
			.map(u -> new UnitChoice(u.value(), path(u.value())))
			.toList();
	}

	/** The subject's name for a new case's page, checked against the scope. */
	public String subjectName(@Nullable Long memberId, @Nullable Long organizationId) {
		if (memberId != null) {
			OrgUnitId chapter = members.chapterOf(new MemberId(memberId)).orElse(null);
			if (chapter == null || !scope.reaches(chapter)) {
				return "";
			}
			return members.fullNames(List.of(new MemberId(memberId))).getOrDefault(new MemberId(memberId), "");
		}
		if (organizationId != null && scope.reaches(new OrgUnitId(organizationId))) {
			return path(organizationId);
		}
		return "";
	}

	/** Whether the user may open cases at the unit (the list offers ‘Lập hồ sơ’ then). */
	public boolean handles(OrgUnitId unit) {
		return access.handles(unit);
	}

	private Set<Action> actions(DisciplineCase of) {
		Set<Action> actions = EnumSet.noneOf(Action.class);
		if (!access.handles(new OrgUnitId(of.openedByUnitId())) && !access.handles(new OrgUnitId(of.subjectUnitId()))) {
			return actions;
		}
		CaseStatus status = of.status();
		if (status == CaseStatus.OPENED || status == CaseStatus.UNDER_REVIEW) {
			actions.add(Action.RECORD_VIOLATION);
		}
		if (CaseLifecycle.mayMove(status, CaseStatus.UNDER_REVIEW)) {
			actions.add(Action.PROPOSE);
		}
		if (CaseLifecycle.mayMove(status, CaseStatus.DECIDED)) {
			actions.add(Action.DECIDE);
		}
		if (CaseLifecycle.mayMove(status, CaseStatus.CLOSED)) {
			actions.add(Action.CLOSE);
		}
		if (status.decisionInForce() && CaseLifecycle.mayMove(status, CaseStatus.COMPLAINT_PENDING)) {
			actions.add(Action.COMPLAIN);
		}
		if (status == CaseStatus.COMPLAINT_PENDING) {
			actions.add(Action.RULE);
		}
		return actions;
	}

	/** The subject's organisation and those above it that the user handles: the bodies that may decide. */
	private List<UnitChoice> deciders(DisciplineCase of) {
		List<UnitChoice> choices = new ArrayList<>();
		for (OrgUnitId unit : units.ancestorsAndSelf(new OrgUnitId(of.subjectUnitId()))) {
			if (scope.reaches(unit) && access.handles(unit)) {
				choices.add(new UnitChoice(unit.value(), path(unit.value())));
			}
		}
		return choices;
	}

	private void requireListReader(OrgUnitId unit) {
		scope.requireReach(unit, "ORG_UNIT", unit.toString());
		if (!access.reads(unit)) {
			throw new org.springframework.security.access.AccessDeniedException("not a reader of discipline at " + unit);
		}
	}

	/** The unit's subtree with the units merged or split into it: their cases stay with the successor. */
	private List<Long> subtree(OrgUnitId unit) {
		return units.subtreesWithPredecessors(List.of(unit)).stream().map(OrgUnitId::value).toList();
	}

	private List<CaseSummary> summaries(Collection<DisciplineCase> found) {
		Map<MemberId, String> names = members.fullNames(found.stream()
			.map(DisciplineCase::memberId)
			.filter(Objects::nonNull)
			.map(MemberId::new)
			.toList());
		Map<Long, String> paths = new HashMap<>();
		return found.stream().map(c -> {
			String place = paths.computeIfAbsent(c.subjectUnitId(), this::path);
			String subject = c.memberId() != null ? names.getOrDefault(new MemberId(c.memberId()), "")
					: name(Objects.requireNonNull(c.organizationId()));
			return new CaseSummary(c.id().value(), c.subjectKind(), c.memberId(), subject, place, c.openedOn(),
					c.status(), c.proposedForm(), c.form(), c.decisionNumber(), c.decidedOn());
		}).toList();
	}

	private String name(long unit) {
		return units.find(new OrgUnitId(unit)).map(OrgUnitSummary::name).orElse("");
	}

	/** The unit's path from the highest ancestor the user reaches: ‘Đảng ủy xã … › Chi bộ …’. */
	public String unitPath(OrgUnitId unit) {
		return path(unit.value());
	}

	String path(long unit) {
		List<OrgUnitId> chain = units.ancestorsAndSelf(new OrgUnitId(unit));
		List<String> names = new ArrayList<>();
		for (OrgUnitId id : chain) {
			if (!scope.reaches(id)) {
				break;
			}
			names.add(0, name(id.value()));
			if (names.size() == 3) {
				break;
			}
		}
		return String.join(" › ", names);
	}
}
