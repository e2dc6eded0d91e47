package vn.xdd.security.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.xdd.security.GrantHolders;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.Role;
import vn.xdd.shared.UserId;

/** {@link GrantHolders} read from {@code app_user} and {@code user_grant}. */
@Repository
class JdbcGrantHolders implements GrantHolders {

	private final JdbcClient jdbc;

	JdbcGrantHolders(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Contact> holding(Role role, OrgUnitId unit) {
		return jdbc.sql("""
				select u.id, u.full_name, u.email from app_user u
				where u.enabled and exists (select 1 from user_grant g
				                            where g.user_id = u.id and g.role = ? and g.org_unit_id = ?)
				order by u.id""")
			.params(role.name(), unit.value())
			.query(JdbcGrantHolders::map)
			.list();
	}

	@Override
	public Optional<Contact> contact(UserId user) {
		return jdbc.sql("select u.id, u.full_name, u.email from app_user u where u.enabled and u.id = ?")
			.param(user.value())
			.query(JdbcGrantHolders::map)
			.optional();
	}

	private static Contact map(ResultSet rs, int row) throws SQLException {
		return new Contact(new UserId(rs.getLong("id")), rs.getString("full_name"), rs.getString("email"));
	}
}
