package vn.xdd.security;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.xdd.Fixtures;
import vn.xdd.XddIntegrationTest;
import vn.xdd.organization.MemberFixtures;
import vn.xdd.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Linking an account to a member record lets its holder open that record, so an administrator
 * may only link members of the subtree they administer.
 */
@XddIntegrationTest
class AccountMemberLinkTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAdministratorLinksOnlyMembersOfTheirOwnSubtree() throws Exception {
		Fixtures fixtures = new Fixtures(mvc);
		MemberFixtures members = new MemberFixtures(mvc);
		long committeeA = members.committee("Đảng bộ liên kết A " + Fixtures.unique("a"));
		long committeeB = members.committee("Đảng bộ liên kết B " + Fixtures.unique("b"));
		long memberA = members.member(members.chapter(committeeA, "Chi bộ A " + Fixtures.unique("c")), "Nguyễn Văn An");
		long memberB = members.member(members.chapter(committeeB, "Chi bộ B " + Fixtures.unique("c")), "Trần Thị Bình");
		String admin = Fixtures.unique("qta");
		fixtures.activeUser(admin, Role.ADMIN, committeeA);
		var asAdminA = Fixtures.as(admin, Fixtures.CHANGED_PASSWORD);

		String outside = Fixtures.unique("lienketb");
		members.postJson("/api/v1/users", Map.of("username", outside, "fullName", "Người ngoài", "password", "Khoitao2025",
				"role", "MEMBER", "unitId", committeeA, "memberId", memberB), asAdminA, 400);
		assertThat(jdbc.sql("select count(*) from app_user where username = ?").param(outside).query(Long.class).single())
			.isZero();
		String missing = Fixtures.unique("lienketx");
		members.postJson("/api/v1/users", Map.of("username", missing, "fullName", "Không có", "password", "Khoitao2025",
				"role", "MEMBER", "unitId", committeeA, "memberId", 987_654_321L), asAdminA, 400);

		String inside = Fixtures.unique("lienketa");
		members.postJson("/api/v1/users", Map.of("username", inside, "fullName", "Nguyễn Văn An", "password",
				"Khoitao2025", "role", "MEMBER", "unitId", committeeA, "memberId", memberA), asAdminA, 201);
		fixtures.loginChangingPassword(inside);
		mvc.perform(get("/api/v1/members/" + memberA).with(Fixtures.as(inside, Fixtures.CHANGED_PASSWORD)))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/members/" + memberB).with(Fixtures.as(inside, Fixtures.CHANGED_PASSWORD)))
			.andExpect(status().isNotFound());
	}
}
