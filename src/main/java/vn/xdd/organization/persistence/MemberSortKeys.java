package vn.xdd.organization.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import vn.xdd.shared.VietnameseName;

/**
 * Recomputes {@code member.sort_key} when the way {@link VietnameseName#sortKey()} builds it
 * changes. The key is made in Java (ICU), so SQL cannot rebuild it; this repeatable migration runs
 * again whenever {@link #KEY_VERSION} changes (Flyway compares it as the checksum), after the
 * versioned migrations.
 */
@Component
class MemberSortKeys implements JavaMigration {

	/** Raise when {@link VietnameseName#sortKey()} changes. 2: the given name decides whole first. */
	static final int KEY_VERSION = 2;

	@Override
	public @Nullable MigrationVersion getVersion() {
		return null;
	}

	@Override
	public String getDescription() {
		return "member sort keys";
	}

	@Override
	public Integer getChecksum() {
		return KEY_VERSION;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws Exception {
		try (Statement select = context.getConnection().createStatement();
				PreparedStatement update = context.getConnection()
					.prepareStatement("update member set sort_key = ? where id = ?")) {
			select.setFetchSize(1000);
			try (ResultSet rs = select.executeQuery("select id, full_name from member")) {
				int batch = 0;
				while (rs.next()) {
					update.setBytes(1, new VietnameseName(rs.getString(2)).sortKey());
					update.setLong(2, rs.getLong(1));
					update.addBatch();
					if (++batch % 1000 == 0) {
						update.executeBatch();
					}
				}
				update.executeBatch();
			}
		}
	}
}
