package vn.xdd.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The application is killed with SIGKILL while it is writing: its PostgreSQL child survives the
 * JVM (the trap), and the next start on the same data directory must stop that leftover server,
 * come up healthy and still hold every write the killed application acknowledged.
 */
class CrashRecoveryTest {

	private static final int ACKNOWLEDGED_BEFORE_KILL = 25;

	private final List<ChildApplication> started = new ArrayList<>();

	private Path dataDir;

	@BeforeEach
	void dataDirectory() throws Exception {
		dataDir = Files.createDirectories(Path.of("target", "crash-tests", "crash-" + UUID.randomUUID()))
			.toAbsolutePath();
	}

	@AfterEach
	void leaveNothingRunning() {
		started.forEach(ChildApplication::destroy);
		ChildApplication.killPostgres(dataDir.resolve("postgres"));
	}

	private ChildApplication start(String name) throws Exception {
		ChildApplication app = new ChildApplication(dataDir, dataDir.resolveSibling(dataDir.getFileName() + "-" + name + ".log"));
		started.add(app);
		app.start();
		app.awaitHealthy();
		return app;
	}

	@Test
	void aKilledApplicationRestartsOnItsDataWithEveryAcknowledgedWrite() throws Exception {
		ChildApplication first = start("first");

		List<String> acknowledged = new CopyOnWriteArrayList<>();
		List<String> unexpected = new CopyOnWriteArrayList<>();
		AtomicBoolean stop = new AtomicBoolean();
		Thread writer = new Thread(() -> {
			for (int n = 1; !stop.get(); n++) {
				String name = "Chi bộ " + n;
				try {
					int status = first.createUnit(name);
					if (status == 201) {
						acknowledged.add(name);
					}
					else {
						unexpected.add(name + " -> HTTP " + status);
					}
				}
				catch (Exception e) {
					// The JVM died under this request: it was never acknowledged.
					try {
						if (first.process().waitFor(10, TimeUnit.SECONDS)) {
							return;
						}
					}
					catch (InterruptedException interrupted) {
						return;
					}
					unexpected.add(name + " -> " + e);
				}
			}
		}, "writer");
		writer.start();
		try {
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
			while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL && System.nanoTime() < deadline
					&& writer.isAlive()) {
				Thread.sleep(20);
			}
			assertThat(acknowledged).as("writes acknowledged before the kill (failures: %s)", unexpected)
				.hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);

			// kill -9 while the writer is still sending.
			assertThat(writer.isAlive()).as("the writer is still writing").isTrue();
			first.process().destroyForcibly();
			assertThat(first.process().waitFor(30, TimeUnit.SECONDS)).as("the JVM died of SIGKILL").isTrue();
		}
		finally {
			stop.set(true);
			writer.join(TimeUnit.SECONDS.toMillis(60));
		}
		assertThat(writer.isAlive()).as("the writer stopped").isFalse();
		assertThat(first.process().exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);
		assertThat(unexpected).as("answers other than 201 while the application was alive").isEmpty();
		List<String> acked = List.copyOf(acknowledged);

		// The trap: PostgreSQL outlives the killed JVM, still serving the data directory.
		ProcessHandle leftover = first.postmaster()
			.orElseThrow(() -> new AssertionError("no live postmaster after the JVM was killed"));
		assertThat(leftover.info().command()).as("the process named in postmaster.pid").hasValueSatisfying(
				c -> assertThat(c).contains("postgres"));
		String port = ChildApplication.pidFileLine(first.clusterDir(), 3).orElseThrow();
		try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/xdd", "postgres", "");
				Statement s = c.createStatement()) {
			// The application's own server, as configured by default, is durable.
			assertThat(show(s, "fsync")).isEqualTo("on");
			assertThat(show(s, "synchronous_commit")).isEqualTo("on");
			try (ResultSet rs = s.executeQuery("select count(*) from org_unit where type_code = 'GRASSROOTS_CHAPTER'")) {
				rs.next();
				assertThat(rs.getLong(1)).as("units in the leftover server").isGreaterThanOrEqualTo(acked.size());
			}
		}

		long restart = System.nanoTime();
		ChildApplication second = start("second");
		Duration restartTook = Duration.ofNanos(System.nanoTime() - restart);
		String log = second.log();
		assertThat(log).as("the restart log").doesNotContain("Gave up waiting")
			.contains("vn.xdd.platform.LeftoverServer")
			.contains("PostgreSQL (pid " + leftover.pid() + ")");
		assertThat(LeftoverServer.isRunning(leftover)).as("the leftover server is running").isFalse();
		assertThat(second.postmaster()).as("a new server serves the data directory")
			.hasValueSatisfying(p -> assertThat(p.pid()).isNotEqualTo(leftover.pid()));

		List<String> names = second.unitNames();
		assertThat(names).as("every acknowledged write survived the crash").containsAll(acked);
		assertThat(new HashSet<>(names)).as("no unit appears twice").hasSameSizeAs(names);
		System.out.printf("crash test: %d writes acknowledged, %d units found after the restart, restart took %d ms%n",
				acked.size(), names.stream().filter(n -> n.startsWith("Chi bộ ")).count(),
				restartTook.toMillis());

		// A graceful stop (SIGTERM) ends the JVM within its shutdown timeout and stops PostgreSQL.
		ProcessHandle server = second.postmaster().orElseThrow();
		long stopStart = System.nanoTime();
		second.process().destroy();
		if (!second.process().waitFor(ChildApplication.SHUTDOWN_TIMEOUT.toSeconds() + 10, TimeUnit.SECONDS)) {
			fail("The application did not stop within its shutdown timeout:\n" + second.logTail());
		}
		System.out.printf("crash test: graceful stop took %d ms%n",
				TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stopStart));
		assertThat(second.process().exitValue()).as("exit code after SIGTERM").isEqualTo(128 + 15);
		assertThat(LeftoverServer.isRunning(server)).as("PostgreSQL still running after the application stopped").isFalse();
		assertThat(ChildApplication.postgresProcesses(second.clusterDir())).as("PostgreSQL processes left").isEmpty();
		assertThat(second.clusterDir().resolve("postmaster.pid")).as("a clean shutdown removes postmaster.pid")
			.doesNotExist();
	}

	static String show(Statement s, String setting) throws Exception {
		try (ResultSet rs = s.executeQuery("show " + setting)) {
			rs.next();
			return rs.getString(1);
		}
	}
}
