package vn.xdd.security.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table of personal access tokens: only the hash of each secret is stored. */
@Repository
public class ApiTokenStore {

	private static final String COLUMNS = "t.id, t.user_id, t.name, t.prefix, t.created_at, t.expires_at, t.revoked_at, "
			+ "t.last_used_on";

	private final JdbcClient jdbc;

	public ApiTokenStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One token as its holder lists it. */
	public record TokenRow(long id, long userId, String name, String prefix, Instant createdAt, Instant expiresAt,
			@Nullable Instant revokedAt, @Nullable LocalDate lastUsedOn) {

		public boolean activeAt(Instant now) {
			return revokedAt == null && expiresAt.isAfter(now);
		}
	}

	public long insert(long userId, String name, String secretHash, String prefix, Instant expiresAt) {
		return jdbc.sql("insert into api_token (user_id, name, secret_hash, prefix, expires_at) values (?, ?, ?, ?, ?) "
				+ "returning id")
			.params(userId, name, secretHash, prefix, OffsetDateTime.ofInstant(expiresAt, ZoneOffset.UTC))
			.query(Long.class)
			.single();
	}

	public List<TokenRow> ofUser(long userId) {
		return jdbc.sql("select " + COLUMNS + " from api_token t where t.user_id = ? order by t.created_at desc, t.id desc")
			.param(userId)
			.query(ApiTokenStore::row)
			.list();
	}

	public Optional<TokenRow> findOfUser(long tokenId, long userId) {
		return jdbc.sql("select " + COLUMNS + " from api_token t where t.id = ? and t.user_id = ?")
			.params(tokenId, userId)
			.query(ApiTokenStore::row)
			.optional();
	}

	public Optional<TokenRow> findByHash(String secretHash) {
		return jdbc.sql("select " + COLUMNS + " from api_token t where t.secret_hash = ?")
			.param(secretHash)
			.query(ApiTokenStore::row)
			.optional();
	}

	/** Revokes the token if it is not yet revoked; whether it was. */
	public boolean revoke(long tokenId, Instant at) {
		return jdbc.sql("update api_token set revoked_at = ? where id = ? and revoked_at is null")
			.params(OffsetDateTime.ofInstant(at, ZoneOffset.UTC), tokenId)
			.update() == 1;
	}

	/** Records the day of use; true only for the first use of the token on that day. */
	public boolean markUsed(long tokenId, LocalDate day) {
		return jdbc.sql("update api_token set last_used_on = ? where id = ? and (last_used_on is null or last_used_on < ?)")
			.params(day, tokenId, day)
			.update() == 1;
	}

	private static TokenRow row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
		java.sql.Timestamp revoked = rs.getTimestamp("revoked_at");
		java.sql.Date used = rs.getDate("last_used_on");
		return new TokenRow(rs.getLong("id"), rs.getLong("user_id"), rs.getString("name"), rs.getString("prefix"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
				revoked == null ? null : revoked.toInstant(), used == null ? null : used.toLocalDate());
	}
}
