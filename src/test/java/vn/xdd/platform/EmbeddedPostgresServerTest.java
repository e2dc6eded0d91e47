package vn.xdd.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded server itself, started in this JVM on a temporary directory: whether it is
 * durable, whether it keeps its data across a stop, and whether a stop waits for the server.
 */
class EmbeddedPostgresServerTest {

	private static final Duration STARTUP = Duration.ofSeconds(90);

	private final List<EmbeddedPostgresServer> servers = new ArrayList<>();

	private Path dataDir;

	@BeforeEach
	void dataDirectory() throws Exception {
		dataDir = Files.createDirectories(Path.of("target", "crash-tests", "embedded-" + UUID.randomUUID()))
			.toAbsolutePath();
	}

	@AfterEach
	void stopServers() {
		for (EmbeddedPostgresServer server : servers) {
			try {
				server.close();
			}
			catch (Exception e) {
				// already stopped
			}
		}
		ChildApplication.killPostgres(dataDir.resolve("postgres"));
		ChildApplication.deleteTree(dataDir);
	}

	private EmbeddedPostgresServer start(boolean durable) {
		EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir.resolve("postgres"), 0, durable, STARTUP);
		servers.add(server);
		return server;
	}

	private static Connection connect(EmbeddedPostgresServer server) throws SQLException {
		return DriverManager.getConnection(server.jdbcUrl());
	}

	private static String show(Connection c, String setting) throws SQLException {
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("show " + setting)) {
			rs.next();
			return rs.getString(1);
		}
	}

	@Test
	void theDefaultDurableServerSyncsEveryCommit() throws Exception {
		try (Connection c = connect(start(true))) {
			assertThat(show(c, "fsync")).as("fsync").isEqualTo("on");
			assertThat(show(c, "synchronous_commit")).as("synchronous_commit").isEqualTo("on");
			assertThat(show(c, "full_page_writes")).as("full_page_writes").isEqualTo("on");
		}
	}

	@Test
	void aNonDurableServerDoesNotSync() throws Exception {
		// The embedded server's own defaults ("-F", synchronous_commit off), which tests may use:
		// this is what the durable setting has to override.
		try (Connection c = connect(start(false))) {
			assertThat(show(c, "fsync")).as("fsync").isEqualTo("off");
			assertThat(show(c, "synchronous_commit")).as("synchronous_commit").isEqualTo("off");
		}
	}

	@Test
	void aStoppedServerKeepsItsDataForTheNextStart() throws Exception {
		EmbeddedPostgresServer first = start(true);
		try (Connection c = connect(first); Statement s = c.createStatement()) {
			s.execute("create table kept (id int primary key, name text not null)");
			s.execute("insert into kept values (1, 'Chi bộ Một'), (2, 'Chi bộ Hai')");
		}
		first.close();
		assertThat(ChildApplication.postgresProcesses(first.clusterDir())).as("PostgreSQL processes left").isEmpty();

		EmbeddedPostgresServer second = start(true);
		try (Connection c = connect(second); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select name from kept order by id")) {
			List<String> names = new ArrayList<>();
			while (rs.next()) {
				names.add(rs.getString(1));
			}
			assertThat(names).containsExactly("Chi bộ Một", "Chi bộ Hai");
		}
	}

	/** What ps shows for a process: PostgreSQL puts its role there ("postgres: checkpointer"). */
	private static String processTitle(ProcessHandle process) {
		try {
			return new String(Files.readAllBytes(Path.of("/proc", Long.toString(process.pid()), "cmdline")),
					java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.IOException e) {
			return "";
		}
	}

	/**
	 * {@code pg_ctl stop} gives up after 5 seconds, and returns as soon as postmaster.pid is gone
	 * rather than when the server has exited: close() must still return only once PostgreSQL is
	 * gone, or the JVM exits with a server still running on the data directory. The checkpointer
	 * is held (SIGSTOP) for 8 seconds, so the shutdown checkpoint takes longer than pg_ctl waits.
	 */
	@Test
	void closeReturnsOnlyWhenTheServerHasExitedEvenAfterASlowShutdown() throws Exception {
		EmbeddedPostgresServer server = start(true);
		try (Connection c = connect(server); Statement s = c.createStatement()) {
			s.execute("create table t as select g from generate_series(1, 10000) g");
		}
		ProcessHandle postmaster = ChildApplication.postmaster(server.clusterDir()).orElseThrow();
		ProcessHandle checkpointer = postmaster.children()
			.filter(p -> processTitle(p).contains("checkpointer"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no checkpointer among " + postmaster.children().toList()));
		ChildApplication.signal(checkpointer.pid(), "STOP");
		CompletableFuture<Void> resume = CompletableFuture.runAsync(() -> {
			try {
				ChildApplication.signal(checkpointer.pid(), "CONT");
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		}, CompletableFuture.delayedExecutor(8, TimeUnit.SECONDS));
		try {
			server.close();
			assertThat(LeftoverServer.isRunning(postmaster)).as("PostgreSQL still running after close()").isFalse();
		}
		finally {
			resume.get(30, TimeUnit.SECONDS);
		}
	}
}
