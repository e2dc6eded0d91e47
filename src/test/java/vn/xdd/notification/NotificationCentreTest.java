package vn.xdd.notification;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.test.web.servlet.MockMvc;

import vn.xdd.Fixtures;
import vn.xdd.Fixtures.CreatedUser;
import vn.xdd.XddIntegrationTest;
import vn.xdd.notification.application.ComputeDeadlineNotices;
import vn.xdd.notification.application.ComputeDeadlineNotices.Counts;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.Role;
import vn.xdd.shared.UserId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The notification centre: the daily deadline round sends "due soon" and "overdue" notices once a
 * day; a notice to a role in a unit reaches exactly the holders of that grant, each reading it on
 * their own; the header counts the unread notices; nobody opens another person's notice.
 */
@XddIntegrationTest
@TestPropertySource(properties = { "spring.mail.host=mail.test.invalid", "xdd.notifications.base-url=https://xdd.test" })
class NotificationCentreTest {

	/** Deadlines as a module would report them; each test sets its own. */
	static final List<Deadline> DEADLINES = new CopyOnWriteArrayList<>();

	@TestConfiguration(proxyBeanMethods = false)
	static class TestDeadlines {

		@Bean
		DeadlineSource testDeadlineSource() {
			return horizon -> DEADLINES.stream().filter(d -> !d.dueOn().isAfter(horizon)).toList();
		}

		@Bean
		RecordingMailSender recordingMailSender() {
			return new RecordingMailSender();
		}
	}

	/** A mail server that keeps what it is given, or refuses it when told to. */
	static class RecordingMailSender extends JavaMailSenderImpl {

		final List<SimpleMailMessage> sent = new CopyOnWriteArrayList<>();

		volatile boolean down;

		@Override
		public void send(SimpleMailMessage message) {
			send(new SimpleMailMessage[] { message });
		}

		@Override
		public void send(SimpleMailMessage... messages) {
			if (down) {
				throw new MailSendException("connection refused");
			}
			sent.addAll(List.of(messages));
		}
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	ComputeDeadlineNotices deadlineRound;

	@Autowired
	Notices notices;

	@Autowired
	RecordingMailSender mail;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	Fixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new Fixtures(mvc);
		DEADLINES.clear();
		mail.down = false;
	}

	String apiList(String username) throws Exception {
		return Fixtures.body(mvc.perform(get("/api/v1/notifications").with(Fixtures.as(username, Fixtures.CHANGED_PASSWORD)))
			.andExpect(status().isOk())
			.andReturn());
	}

	long headerCount(MockHttpSession session) throws Exception {
		String html = Fixtures.body(mvc.perform(get("/").session(session)).andExpect(status().isOk()).andReturn());
		String count = Fixtures.testId(html, "notice-count");
		assertThat(count).as("the unread count in the header").isNotNull();
		return Long.parseLong(count.strip());
	}

	@Test
	void theDailyRoundSendsDueSoonAndOverdueNoticesOnceADay() throws Exception {
		long unit = fixtures.createUnit(Fixtures.ROOT, "Đảng bộ " + Fixtures.unique("hạn"));
		CreatedUser owner = fixtures.activeUser(Fixtures.unique("owner"), Role.ORGANIZATION_BOARD, unit);
		String tag = Fixtures.unique("dl");
		LocalDate today = LocalDate.of(2031, 3, 10);
		Addressee to = Addressee.user(new UserId(owner.id()));
		DEADLINES.add(new Deadline(tag + ":soon", "Khắc phục hạn chế " + tag + " về sinh hoạt chi bộ", today.plusDays(3), to,
				"/register/soon"));
		DEADLINES.add(new Deadline(tag + ":late", "Báo cáo tiến độ " + tag, today.minusDays(1), to, "/plans/late"));
		DEADLINES.add(new Deadline(tag + ":far", "Nhiệm vụ xa " + tag, today.plusDays(30), to, "/plans/far"));

		assertThat(deadlineRound.run(today)).isEqualTo(new Counts(1, 1, 0));
		assertThat(deadlineRound.run(today)).as("the same day again").isEqualTo(new Counts(0, 0, 2));

		String json = apiList(owner.username());
		assertThat(JsonPath.<Integer>read(json, "$.unread")).isEqualTo(2);
		List<String> kinds = JsonPath.read(json, "$.notices[*].kind");
		assertThat(kinds).containsExactlyInAnyOrder("DUE_SOON", "OVERDUE");
		List<String> texts = JsonPath.read(json, "$.notices[?(@.kind == 'DUE_SOON')].text");
		assertThat(texts).singleElement().asString().contains("13/03/2031").contains("Khắc phục hạn chế " + tag);
		List<String> links = JsonPath.read(json, "$.notices[?(@.kind == 'OVERDUE')].link");
		assertThat(links).containsExactly("/plans/late");

		assertThat(deadlineRound.run(today.plusDays(1))).as("the next day reminds again").isEqualTo(new Counts(1, 1, 0));
		assertThat(JsonPath.<Integer>read(apiList(owner.username()), "$.unread")).isEqualTo(4);
	}

	@Test
	void aNoticeToTheSecretaryOfAChapterReachesItsSecretariesOnly() throws Exception {
		long committee = fixtures.createUnit(Fixtures.ROOT, "Đảng bộ " + Fixtures.unique("tb"));
		long chapterA = fixtures.createUnit(committee, "Chi bộ " + Fixtures.unique("a"));
		long chapterB = fixtures.createUnit(committee, "Chi bộ " + Fixtures.unique("b"));
		CreatedUser secretaryA = fixtures.activeUser(Fixtures.unique("bta"), Role.SECRETARY, chapterA);
		CreatedUser deputyA = fixtures.activeUser(Fixtures.unique("pbta"), Role.SECRETARY, chapterA);
		CreatedUser secretaryB = fixtures.activeUser(Fixtures.unique("btb"), Role.SECRETARY, chapterB);
		CreatedUser leader = fixtures.activeUser(Fixtures.unique("ld"), Role.LEADERSHIP, committee);
		String tag = Fixtures.unique("kh");
		String text = "Kế hoạch số " + tag + "-KH/HU \"Khắc phục " + tag + "\" chờ đơn vị xác nhận đã quán triệt";
		String html = html(text);

		notices.send(Notice.described(Addressee.role(Role.SECRETARY, new OrgUnitId(chapterA)),
				NoticeKind.ACKNOWLEDGEMENT_PENDING, "/plans/" + tag, "plan:" + tag, "notice.planAwaitsAcknowledgement",
				tag + "-KH/HU", "Khắc phục " + tag));
		notices.send(Notice.described(Addressee.role(Role.SECRETARY, new OrgUnitId(chapterA)),
				NoticeKind.ACKNOWLEDGEMENT_PENDING, "/plans/" + tag, "plan:" + tag, "notice.planAwaitsAcknowledgement",
				tag + "-KH/HU", "Khắc phục " + tag));

		String listA = apiList(secretaryA.username());
		assertThat(JsonPath.<List<String>>read(listA, "$.notices[*].text")).as("stored once").containsExactly(text);
		assertThat(JsonPath.<Integer>read(listA, "$.unread")).isEqualTo(1);
		long id = JsonPath.<Integer>read(listA, "$.notices[0].id");
		assertThat(JsonPath.<List<String>>read(apiList(deputyA.username()), "$.notices[*].text")).containsExactly(text);
		assertThat(JsonPath.<List<String>>read(apiList(secretaryB.username()), "$.notices")).isEmpty();
		assertThat(JsonPath.<List<String>>read(apiList(leader.username()), "$.notices")).isEmpty();

		// The header counts it; opening it leads to the record and the count drops, for this user only.
		MockHttpSession session = fixtures.login(secretaryA.username(), Fixtures.CHANGED_PASSWORD);
		assertThat(headerCount(session)).isEqualTo(1);
		String badge = Fixtures.body(mvc.perform(get("/notifications/badge").session(session)).andExpect(status().isOk()).andReturn());
		assertThat(Fixtures.testId(badge, "notice-count")).isEqualTo("1");
		assertThat(badge).contains("hx-trigger=\"every 60s\"");
		String page = Fixtures.body(mvc.perform(get("/notifications").session(session)).andExpect(status().isOk()).andReturn());
		assertThat(page).contains(html).contains("Chờ xác nhận đã quán triệt").contains("class=\"unread\"")
			.contains("/notifications/" + id + "/open");
		mvc.perform(get("/notifications/" + id + "/open").session(session)).andExpect(redirectedUrl("/plans/" + tag));
		assertThat(headerCount(session)).isZero();
		page = Fixtures.body(mvc.perform(get("/notifications").session(session)).andExpect(status().isOk()).andReturn());
		assertThat(page).contains(html).contains("class=\"read\"").doesNotContain("class=\"unread\"");
		assertThat(JsonPath.<Integer>read(apiList(deputyA.username()), "$.unread")).as("the other secretary").isEqualTo(1);

		// Someone else's notice does not exist for them.
		MockHttpSession other = fixtures.login(secretaryB.username(), Fixtures.CHANGED_PASSWORD);
		mvc.perform(get("/notifications/" + id + "/open").session(other)).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/notifications/" + id + "/read").with(Fixtures.as(leader.username(), Fixtures.CHANGED_PASSWORD)))
			.andExpect(status().isNotFound());
		assertThat(JsonPath.<Integer>read(apiList(deputyA.username()), "$.unread")).isEqualTo(1);

		// The API marks read for the caller; "mark all read" clears the rest.
		String read = Fixtures.body(mvc.perform(post("/api/v1/notifications/" + id + "/read")
			.with(Fixtures.as(deputyA.username(), Fixtures.CHANGED_PASSWORD))).andExpect(status().isOk()).andReturn());
		assertThat(JsonPath.<Boolean>read(read, "$.read")).isTrue();
		assertThat(JsonPath.<Integer>read(apiList(deputyA.username()), "$.unread")).isZero();
	}

	@Test
	void markAllReadClearsTheCount() throws Exception {
		long unit = fixtures.createUnit(Fixtures.ROOT, "Đảng bộ " + Fixtures.unique("all"));
		CreatedUser user = fixtures.activeUser(Fixtures.unique("all"), Role.INSPECTION, unit);
		String tag = Fixtures.unique("v");
		for (int i = 0; i < 3; i++) {
			notices.send(Notice.described(Addressee.user(new UserId(user.id())), NoticeKind.VERIFICATION_PENDING,
					"/reports/" + i, tag + ":" + i, "notice.reportAwaitsVerification", "Nhiệm vụ " + i, tag));
		}
		MockHttpSession session = fixtures.login(user.username(), Fixtures.CHANGED_PASSWORD);
		assertThat(headerCount(session)).isEqualTo(3);
		mvc.perform(post("/notifications/read-all").session(session).with(csrf())).andExpect(redirectedUrl("/notifications"));
		assertThat(headerCount(session)).isZero();
	}

	@Test
	void aStoredLinkNeverLeadsOutsideTheApplication() throws Exception {
		long unit = fixtures.createUnit(Fixtures.ROOT, "Đảng bộ " + Fixtures.unique("lk"));
		CreatedUser user = fixtures.activeUser(Fixtures.unique("lk"), Role.OFFICE, unit);
		notices.send(Notice.described(Addressee.user(new UserId(user.id())), NoticeKind.ASSIGNED, "//evil.example/x",
				Fixtures.unique("lk"), "notice.taskAssigned", "Liên kết lạ", "1-KH/HU"));
		long id = JsonPath.<Integer>read(apiList(user.username()), "$.notices[0].id");
		MockHttpSession session = fixtures.login(user.username(), Fixtures.CHANGED_PASSWORD);
		mvc.perform(get("/notifications/" + id + "/open").session(session)).andExpect(redirectedUrl("/notifications"));
	}

	@Test
	void aNewNoticeIsMailedAfterTheCommitToTheHoldersWithAnAddress() throws Exception {
		long chapter = fixtures.createUnit(fixtures.createUnit(Fixtures.ROOT, "Đảng bộ " + Fixtures.unique("m")),
				"Chi bộ " + Fixtures.unique("m"));
		CreatedUser withAddress = fixtures.createUser(Fixtures.unique("ma"), Role.SECRETARY, chapter);
		fixtures.createUser(Fixtures.unique("mb"), Role.SECRETARY, chapter);
		String address = withAddress.username() + "@chibo.test";
		jdbc.sql("update app_user set email = ? where id = ?").params(address, withAddress.id()).update();
		Addressee secretaries = Addressee.role(Role.SECRETARY, new OrgUnitId(chapter));
		String tag = Fixtures.unique("mail");

		transaction.executeWithoutResult(status -> {
			notices.send(returned(secretaries, tag + " bị trả lại", "/r/1", tag + ":1"));
			assertThat(mailsAbout(tag)).as("nothing before the commit").isEmpty();
		});
		assertThat(mailsAbout(tag)).singleElement().satisfies(m -> {
			assertThat(m.getBcc()).containsExactly(address);
			assertThat(m.getSubject()).isEqualTo("Bị trả lại");
			assertThat(m.getText()).startsWith("Nhiệm vụ 'Báo cáo " + tag + " bị trả lại' của Kế hoạch số 7-KH/HU đã bị trả lại: thiếu biên bản")
				.contains("https://xdd.test/r/1");
		});

		transaction.executeWithoutResult(status -> {
			notices.send(returned(secretaries, tag + " lần hai", "/r/2", tag + ":2"));
			status.setRollbackOnly();
		});
		assertThat(mailsAbout(tag)).as("a rolled back change mails nothing").hasSize(1);

		mail.down = true;
		notices.send(returned(secretaries, tag + " lần ba", "/r/3", tag + ":3"));
		assertThat(jdbc.sql("select count(*) from notification where key = ?").param(tag + ":3").query(Long.class).single())
			.as("the notice is kept though the mail server is down").isEqualTo(1);
	}

	@Test
	void aNoticeReadsInTheReadersLanguageAndOneWrittenBeforeKeysKeepsItsText() throws Exception {
		long unit = fixtures.createUnit(Fixtures.ROOT, "Đảng bộ " + Fixtures.unique("ng"));
		CreatedUser user = fixtures.activeUser(Fixtures.unique("ng"), Role.SECRETARY, unit);
		String tag = Fixtures.unique("ng");
		notices.send(returned(Addressee.user(new UserId(user.id())), "Sinh hoạt " + tag, "/plans/1#task-2", tag + ":new"));
		String old = "Nhiệm vụ cũ " + tag + " được giao cho đơn vị chủ trì";
		jdbc.sql("insert into notification (user_id, kind, text, link, key, day) values (?, 'ASSIGNED', ?, '/plans/9', ?, current_date)")
			.params(user.id(), old, tag + ":old")
			.update();

		List<String> texts = JsonPath.read(apiList(user.username()), "$.notices[*].text");
		assertThat(texts).containsExactlyInAnyOrder(
				"Nhiệm vụ 'Báo cáo Sinh hoạt " + tag + "' của Kế hoạch số 7-KH/HU đã bị trả lại: thiếu biên bản", old);

		MockHttpSession session = fixtures.login(user.username(), Fixtures.CHANGED_PASSWORD);
		String english = Fixtures.body(mvc.perform(get("/notifications").param("lang", "en").session(session))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(english)
			.contains(html("Task 'Báo cáo Sinh hoạt " + tag + "' of plan no. 7-KH/HU was returned: thiếu biên bản"))
			.contains(html(old))
			.doesNotContain(html("của Kế hoạch số 7-KH/HU"));
	}

	/** A text as Thymeleaf writes it into the page. */
	static String html(String text) {
		return text.replace("&", "&amp;").replace("\"", "&quot;").replace("'", "&#39;");
	}

	static Notice returned(Addressee to, String task, String link, String key) {
		return Notice.described(to, NoticeKind.RETURNED, link, key, "notice.reportReturned", "Báo cáo " + task, "7-KH/HU",
				"thiếu biên bản");
	}

	List<SimpleMailMessage> mailsAbout(String tag) {
		return mail.sent.stream().filter(m -> m.getText() != null && m.getText().contains(tag)).toList();
	}
}
