package vn.xdd.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Ctrl-C (SIGINT) stops the application as cleanly as SIGTERM: PostgreSQL is shut down with it,
 * and the next start on the same data directory finds a cleanly stopped cluster with all data.
 */
class GracefulRestartTest {

	private static final long SIGINT_MASK = 1L << (2 - 1);

	private final List<ChildApplication> started = new ArrayList<>();

	private Path dataDir;

	@BeforeEach
	void dataDirectory() throws Exception {
		dataDir = Files.createDirectories(Path.of("target", "crash-tests", "restart-" + UUID.randomUUID()))
			.toAbsolutePath();
	}

	@AfterEach
	void leaveNothingRunning() {
		started.forEach(ChildApplication::destroy);
		ChildApplication.killPostgres(dataDir.resolve("postgres"));
		ChildApplication.deleteTree(dataDir);
	}

	private ChildApplication start(String name, List<String> wrapper) throws Exception {
		ChildApplication app = new ChildApplication(dataDir,
				dataDir.resolveSibling(dataDir.getFileName() + "-" + name + ".log"));
		started.add(app);
		app.start(wrapper);
		app.awaitHealthy();
		return app;
	}

	@Test
	void ctrlCStopsTheApplicationAndItsServerAndARestartKeepsTheData() throws Exception {
		ChildApplication first = start("first", ctrlCAsInATerminal());
		assertThat(signalMask(first.process().pid(), "SigCgt") & SIGINT_MASK).as("the JVM handles SIGINT")
			.isNotZero();
		List<String> written = List.of("Chi bộ Trước khi dừng 1", "Chi bộ Trước khi dừng 2", "Chi bộ Trước khi dừng 3");
		for (String name : written) {
			assertThat(first.createUnit(name)).as("creating %s", name).isEqualTo(201);
		}
		ProcessHandle server = first.postmaster().orElseThrow();

		long stopStart = System.nanoTime();
		ChildApplication.signal(first.process().pid(), "INT");
		if (!first.process().waitFor(ChildApplication.SHUTDOWN_TIMEOUT.toSeconds() + 10, TimeUnit.SECONDS)) {
			fail("Ctrl-C did not stop the application within its shutdown timeout:\n" + first.logTail());
		}
		System.out.printf("restart test: Ctrl-C stop took %d ms%n",
				TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stopStart));
		assertThat(first.process().exitValue()).as("exit code after SIGINT").isEqualTo(128 + 2);
		assertThat(first.log()).as("the log of the stop")
			.contains("Commencing graceful shutdown")
			.contains("vn.xdd.platform.EmbeddedPostgresServer")
			.contains("server stopped")
			.doesNotContain("Could not stop postmaster");
		assertThat(LeftoverServer.isRunning(server)).as("PostgreSQL still running after Ctrl-C").isFalse();
		assertThat(ChildApplication.postgresProcesses(first.clusterDir())).as("PostgreSQL processes left").isEmpty();
		assertThat(first.clusterDir().resolve("postmaster.pid")).as("a clean shutdown removes postmaster.pid")
			.doesNotExist();

		ChildApplication second = start("second", List.of());
		assertThat(second.log()).as("the restart log")
			.doesNotContain("vn.xdd.platform.LeftoverServer")
			.contains("database system was shut down at")
			.doesNotContain("database system was interrupted")
			.doesNotContain("Khởi tạo PostgreSQL nhúng mới");
		assertThat(second.unitNames()).as("the units written before Ctrl-C").containsAll(written);

		second.process().destroy();
		if (!second.process().waitFor(ChildApplication.SHUTDOWN_TIMEOUT.toSeconds() + 10, TimeUnit.SECONDS)) {
			fail("SIGTERM did not stop the application within its shutdown timeout:\n" + second.logTail());
		}
		assertThat(ChildApplication.postgresProcesses(second.clusterDir())).as("PostgreSQL processes left").isEmpty();
	}

	/**
	 * The child JVM as a terminal runs it, where Ctrl-C is delivered. A process started in the
	 * background by a non-interactive shell inherits SIGINT ignored (and a JVM then keeps it
	 * ignored), so when this JVM ignores it, the child is started through perl resetting it.
	 */
	private static List<String> ctrlCAsInATerminal() throws Exception {
		if ((signalMask(ProcessHandle.current().pid(), "SigIgn") & SIGINT_MASK) == 0) {
			return List.of();
		}
		Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/perl")),
				"SIGINT is ignored here and there is no perl to restore it for the child");
		return List.of("/usr/bin/perl", "-e", "$SIG{INT} = 'DEFAULT'; exec { $ARGV[0] } @ARGV or die \"exec: $!\"");
	}

	/** A signal mask of /proc/PID/status: SigIgn (ignored) or SigCgt (caught by a handler). */
	private static long signalMask(long pid, String field) throws Exception {
		for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
			if (line.startsWith(field + ":")) {
				return Long.parseUnsignedLong(line.substring(field.length() + 1).trim(), 16);
			}
		}
		throw new AssertionError(field + " not in /proc/" + pid + "/status");
	}
}
