package vn.xdd.security.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.Role;

/** Accounts and grants in PostgreSQL ({@code app_user}, {@code user_grant}). */
@Repository
public class UserStore {

	private static final String USER_COLUMNS = "u.id, u.username, u.full_name, u.password_hash, u.enabled, "
			+ "u.must_change_password, u.member_id, u.created_at, u.version, u.email";

	private final JdbcClient jdbc;

	public UserStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A grant row. */
	public record GrantRow(long id, long userId, Role role, OrgUnitId unit) {
	}

	public Optional<UserAccount> findByUsername(String username) {
		return jdbc.sql("select " + USER_COLUMNS + " from app_user u where lower(u.username) = ?")
			.param(username.toLowerCase(Locale.ROOT))
			.query(UserStore::mapUser)
			.optional();
	}

	public Optional<UserAccount> findById(long id) {
		return jdbc.sql("select " + USER_COLUMNS + " from app_user u where u.id = ?")
			.param(id)
			.query(UserStore::mapUser)
			.optional();
	}

	public long count() {
		return jdbc.sql("select count(*) from app_user").query(Long.class).single();
	}

	public long insert(String username, String fullName, String passwordHash, boolean mustChangePassword,
			@Nullable Long memberId, @Nullable String email) {
		return jdbc.sql("""
				insert into app_user (username, full_name, password_hash, must_change_password, member_id, email)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(username.toLowerCase(Locale.ROOT), fullName, passwordHash, mustChangePassword, memberId, email)
			.query(Long.class)
			.single();
	}

	public void updatePassword(long userId, String passwordHash, boolean mustChangePassword) {
		jdbc.sql("update app_user set password_hash = ?, must_change_password = ?, version = version + 1 where id = ?")
			.params(passwordHash, mustChangePassword, userId)
			.update();
	}

	public void updateEmail(long userId, @Nullable String email) {
		jdbc.sql("update app_user set email = ?, version = version + 1 where id = ?").params(email, userId).update();
	}

	public void setEnabled(long userId, boolean enabled) {
		jdbc.sql("update app_user set enabled = ?, version = version + 1 where id = ?").params(enabled, userId).update();
	}

	public List<GrantRow> grantsOf(long userId) {
		return jdbc.sql("select id, user_id, role, org_unit_id from user_grant where user_id = ? order by id")
			.param(userId)
			.query(UserStore::mapGrant)
			.list();
	}

	public Optional<GrantRow> findGrant(long grantId) {
		return jdbc.sql("select id, user_id, role, org_unit_id from user_grant where id = ?")
			.param(grantId)
			.query(UserStore::mapGrant)
			.optional();
	}

	public boolean hasGrant(long userId, Role role, OrgUnitId unit) {
		return jdbc.sql("select count(*) from user_grant where user_id = ? and role = ? and org_unit_id = ?")
			.params(userId, role.name(), unit.value())
			.query(Long.class)
			.single() > 0;
	}

	public long insertGrant(long userId, Role role, OrgUnitId unit, String grantedBy) {
		return jdbc.sql("insert into user_grant (user_id, role, org_unit_id, granted_by) values (?, ?, ?, ?) returning id")
			.params(userId, role.name(), unit.value(), grantedBy)
			.query(Long.class)
			.single();
	}

	public void deleteGrant(long grantId) {
		jdbc.sql("delete from user_grant where id = ?").param(grantId).update();
	}

	/** Accounts holding a grant on one of the given units, or with no grant at all when asked. */
	public List<UserAccount> usersWithGrantOn(Collection<OrgUnitId> units, boolean includeWithoutGrants) {
		return jdbc.sql("select " + USER_COLUMNS + " from app_user u where exists (select 1 from user_grant g "
				+ "where g.user_id = u.id and g.org_unit_id = any(:units))"
				+ (includeWithoutGrants ? " or not exists (select 1 from user_grant g where g.user_id = u.id)" : "")
				+ " order by u.username")
			.param("units", ids(units))
			.query(UserStore::mapUser)
			.list();
	}

	public long countUsersWithGrantOn(Collection<OrgUnitId> units) {
		return jdbc.sql("select count(distinct user_id) from user_grant where org_unit_id = any(:units)")
			.param("units", ids(units))
			.query(Long.class)
			.single();
	}

	private static Long[] ids(Collection<OrgUnitId> units) {
		return units.stream().map(OrgUnitId::value).toArray(Long[]::new);
	}

	private static UserAccount mapUser(ResultSet rs, int row) throws SQLException {
		long member = rs.getLong("member_id");
		Long memberId = rs.wasNull() ? null : member;
		return new UserAccount(rs.getLong("id"), rs.getString("username"), rs.getString("full_name"),
				rs.getString("password_hash"), rs.getBoolean("enabled"), rs.getBoolean("must_change_password"), memberId,
				rs.getObject("created_at", OffsetDateTime.class), rs.getInt("version"), rs.getString("email"));
	}

	private static GrantRow mapGrant(ResultSet rs, int row) throws SQLException {
		return new GrantRow(rs.getLong("id"), rs.getLong("user_id"), Role.valueOf(rs.getString("role")),
				new OrgUnitId(rs.getLong("org_unit_id")));
	}
}
