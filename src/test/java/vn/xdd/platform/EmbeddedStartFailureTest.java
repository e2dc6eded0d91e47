package vn.xdd.platform;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.fail;

/**
 * When the embedded server cannot start, the application stops with a message that says why,
 * and points to an external PostgreSQL (XDD_DB_URL, XDD_DB_USER, XDD_DB_PASSWORD) instead.
 */
class EmbeddedStartFailureTest {

	private static final Duration STARTUP = Duration.ofSeconds(30);

	private Path dir;

	private ChildApplication child;

	@BeforeEach
	void directory() throws Exception {
		dir = Files.createDirectories(Path.of("target", "crash-tests", "failure-" + UUID.randomUUID()))
			.toAbsolutePath();
	}

	@AfterEach
	void leaveNothingRunning() throws Exception {
		if (child != null) {
			child.destroy();
		}
		try (var paths = Files.walk(dir, 3)) {
			paths.filter(p -> p.getFileName().toString().equals("postgres")).forEach(ChildApplication::killPostgres);
		}
		ChildApplication.deleteTree(dir);
	}

	private static void assertPointsToAnExternalServer(EmbeddedDatabaseStartException e) {
		FailureAnalysis analysis = new EmbeddedDatabaseFailureAnalyzer().analyze(e);
		assertThat(analysis).as("the failure analysis").isNotNull();
		assertThat(analysis.getDescription()).isEqualTo(e.getMessage());
		assertThat(analysis.getAction()).contains("XDD_DB_URL", "XDD_DB_USER", "XDD_DB_PASSWORD", "XDD_DATA_DIR");
	}

	@Test
	void aDataDirectoryBelowARegularFile() throws Exception {
		Path file = Files.writeString(dir.resolve("plain-file"), "not a directory");
		Path clusterDir = file.resolve("data").resolve("postgres");

		EmbeddedDatabaseStartException e = catchThrowableOfType(EmbeddedDatabaseStartException.class,
				() -> EmbeddedPostgresServer.start(clusterDir, 0, true, STARTUP));

		assertThat(e).as("the start failure").isNotNull();
		assertThat(e.getMessage()).contains("Không tạo được thư mục dữ liệu", file.resolve("data").toString());
		assertPointsToAnExternalServer(e);
	}

	@Test
	void aPostgresDirectoryThatIsNotAClusterIsLeftAlone() throws Exception {
		Path clusterDir = Files.createDirectories(dir.resolve("postgres"));
		Path precious = Files.writeString(clusterDir.resolve("notes.txt"), "somebody's files");

		long start = System.nanoTime();
		EmbeddedDatabaseStartException e = catchThrowableOfType(EmbeddedDatabaseStartException.class,
				() -> EmbeddedPostgresServer.start(clusterDir, 0, true, STARTUP));
		long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

		assertThat(e).as("the start failure").isNotNull();
		assertThat(e.getMessage()).contains(clusterDir.toString(), "not a PostgreSQL data directory", "notes.txt");
		assertThat(tookMs).as("failing took (ms)").isLessThan(STARTUP.toMillis());
		assertThat(Files.readString(precious)).isEqualTo("somebody's files");
		assertPointsToAnExternalServer(e);
	}

	@Test
	void aFixedPortInUseFailsTheStartAndNamesThePort() throws Exception {
		try (ServerSocket taken = new ServerSocket()) {
			taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
			int port = taken.getLocalPort();

			long start = System.nanoTime();
			assertThatThrownBy(() -> EmbeddedPostgresServer.start(dir.resolve("postgres"), port, true, STARTUP))
				.isInstanceOf(EmbeddedDatabaseStartException.class)
				.hasMessageContaining(Integer.toString(port))
				.hasMessageContaining("XDD_DB_PORT");
			assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).as("failing took (ms)")
				.isLessThan(STARTUP.toMillis());
		}
	}

	/**
	 * Two data directories, one fixed port: the second server cannot listen, and the start must
	 * not take the first one (which answers on the port, trusting user postgres) for its own.
	 */
	@Test
	void aFixedPortOfAnotherEmbeddedServerIsNotTakenForOurs() throws Exception {
		int port = ChildApplication.freePort();
		try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(dir.resolve("first/postgres"), port, false,
				STARTUP)) {
			assertThatThrownBy(
					() -> EmbeddedPostgresServer.start(dir.resolve("second/postgres"), port, false, STARTUP).close())
				.isInstanceOf(EmbeddedDatabaseStartException.class)
				.hasMessageContaining(Integer.toString(port));
			try (Connection c = DriverManager.getConnection(first.jdbcUrl()); Statement s = c.createStatement();
					ResultSet rs = s.executeQuery("show data_directory")) {
				rs.next();
				assertThat(Path.of(rs.getString(1))).as("the first server still serves its own data")
					.isEqualTo(first.clusterDir());
			}
		}
	}

	/** The application itself, as a user starts it: it exits and prints why and what to do. */
	@Test
	void theApplicationExitsWithTheReasonAndTheWayToAnExternalServer() throws Exception {
		Path file = Files.writeString(dir.resolve("plain-file"), "not a directory");
		Path dataDir = file.resolve("data");
		child = new ChildApplication(dataDir, dir.resolveSibling(dir.getFileName() + "-app.log"), Map.of()).start();
		if (!child.process().waitFor(ChildApplication.STARTUP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
			fail("The application did not give up:\n" + child.logTail());
		}
		assertThat(child.process().exitValue()).as("exit code").isNotZero();
		String output = child.log();
		assertThat(output).as("what the user sees")
			.contains("APPLICATION FAILED TO START")
			.contains("Không tạo được thư mục dữ liệu " + dataDir)
			.contains("XDD_DB_URL", "XDD_DB_USER", "XDD_DB_PASSWORD");
	}
}
