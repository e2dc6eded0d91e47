package vn.xdd.platform;

import java.nio.file.Path;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where XDĐ keeps its data and which database it uses.
 *
 * @param dataDir the application's data directory ({@code XDD_DATA_DIR}); the embedded
 *        PostgreSQL cluster lives in its {@code postgres} sub-directory
 * @param db the database connection: external when {@code url} is set, embedded otherwise
 */
@ConfigurationProperties("xdd")
@Validated
public record PlatformProperties(@NotNull @DefaultValue("./data") Path dataDir, @Valid @DefaultValue Db db) {

	/**
	 * @param url JDBC URL of an external PostgreSQL ({@code XDD_DB_URL}); blank means embedded
	 * @param embeddedPort port of the embedded server, 0 for any free port
	 * @param durable whether the embedded server syncs every commit to disk (always on for
	 *        users; tests may turn it off)
	 * @param startupTimeoutSeconds how long to wait for the embedded server to accept connections
	 */
	public record Db(@DefaultValue("") String url, @DefaultValue("") String user, @DefaultValue("") String password,
			@Min(0) @Max(65535) @DefaultValue("0") int embeddedPort, @DefaultValue("true") boolean durable,
			@Min(5) @DefaultValue("90") int startupTimeoutSeconds) {

		public boolean external() {
			return !url.isBlank();
		}
	}

	public Path postgresDir() {
		return dataDir.toAbsolutePath().normalize().resolve("postgres");
	}
}
