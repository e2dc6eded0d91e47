package vn.xdd.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Finding and stopping the server a killed application left on its data directory, without
 * ever touching a process that is not that server.
 */
class LeftoverServerTest {

	private Path clusterDir;

	private Process bystander;

	@BeforeEach
	void clusterDirectory() throws Exception {
		clusterDir = Files.createDirectories(Path.of("target", "crash-tests", "leftover-" + UUID.randomUUID(), "postgres"))
			.toAbsolutePath();
	}

	@AfterEach
	void cleanUp() {
		if (bystander != null) {
			bystander.destroyForcibly();
		}
		ChildApplication.killPostgres(clusterDir);
		ChildApplication.killPostgres(clusterDir.resolveSibling("other").resolve("postgres"));
		ChildApplication.deleteTree(clusterDir.getParent());
	}

	private void writePidFile(long pid) throws Exception {
		// The layout PostgreSQL writes: pid, data directory, start time, port, socket dir, ...
		Files.writeString(clusterDir.resolve("postmaster.pid"),
				pid + "\n" + clusterDir + "\n1764480000\n5432\n/tmp\nlocalhost\n  1234  5678\nready   \n");
	}

	@Test
	void noPidFileMeansNoLeftover() {
		assertThat(LeftoverServer.find(clusterDir)).isEmpty();
		assertThat(LeftoverServer.stopIfRunning(clusterDir, Duration.ofSeconds(5))).isFalse();
	}

	@Test
	void aMissingDirectoryMeansNoLeftover() {
		assertThat(LeftoverServer.find(clusterDir.resolve("nowhere"))).isEmpty();
	}

	@Test
	void anEmptyOrGarbledPidFileMeansNoLeftover() throws Exception {
		Files.writeString(clusterDir.resolve("postmaster.pid"), "");
		assertThat(LeftoverServer.find(clusterDir)).isEmpty();
		Files.writeString(clusterDir.resolve("postmaster.pid"), "not a pid\n");
		assertThat(LeftoverServer.find(clusterDir)).isEmpty();
	}

	@Test
	void aPidFileNamingADeadProcessMeansNoLeftover() throws Exception {
		Process gone = new ProcessBuilder("true").start();
		assertThat(gone.waitFor(30, TimeUnit.SECONDS)).isTrue();
		writePidFile(gone.pid());
		assertThat(LeftoverServer.find(clusterDir)).isEmpty();
		assertThat(LeftoverServer.stopIfRunning(clusterDir, Duration.ofSeconds(5))).isFalse();
	}

	@Test
	void thisJvmNamedInAStalePidFileIsNotTouched() throws Exception {
		writePidFile(ProcessHandle.current().pid());
		assertThat(LeftoverServer.find(clusterDir)).isEmpty();
		assertThat(LeftoverServer.stopIfRunning(clusterDir, Duration.ofSeconds(5))).isFalse();
	}

	@Test
	void aLiveProcessThatIsNotPostgresIsNotTouched() throws Exception {
		bystander = new ProcessBuilder("sleep", "120").start();
		writePidFile(bystander.pid());
		assertThat(LeftoverServer.find(clusterDir)).isEmpty();
		assertThat(LeftoverServer.stopIfRunning(clusterDir, Duration.ofSeconds(5))).isFalse();
		assertThat(bystander.waitFor(2, TimeUnit.SECONDS)).as("the bystander was stopped").isFalse();
		assertThat(bystander.isAlive()).isTrue();
	}

	/**
	 * After a reboot the pid in a stale postmaster.pid may belong to another PostgreSQL (the
	 * system's, another instance's, or a backend of one): only the server of this directory may
	 * be stopped.
	 */
	@Test
	void anotherDirectorysServerNamedInAStalePidFileIsNotTouched() throws Exception {
		Path otherDir = clusterDir.resolveSibling("other").resolve("postgres");
		try (EmbeddedPostgresServer other = EmbeddedPostgresServer.start(otherDir, 0, false, Duration.ofSeconds(90))) {
			ProcessHandle otherServer = LeftoverServer.find(otherDir).orElseThrow();
			writePidFile(otherServer.pid());
			assertThat(LeftoverServer.find(clusterDir)).isEmpty();
			assertThat(LeftoverServer.stopIfRunning(clusterDir, Duration.ofSeconds(5))).isFalse();
			assertThat(LeftoverServer.isRunning(otherServer)).as("the other server runs").isTrue();
			try (Connection c = DriverManager.getConnection(other.jdbcUrl()); Statement s = c.createStatement();
					ResultSet rs = s.executeQuery("select 1")) {
				assertThat(rs.next()).as("the other server answers").isTrue();
			}
		}
	}

	/** A process that has exited but that its parent never reaps is stopped, not running. */
	@Test
	void anExitedProcessThatNobodyReapsCountsAsStopped() throws Exception {
		// sh starts a short sleep, then becomes "sleep 120" (exec), which never reaps it.
		bystander = new ProcessBuilder("/bin/sh", "-c", "sleep 0.2 & exec sleep 120").start();
		ProcessHandle zombie = null;
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		while (System.nanoTime() < deadline) {
			zombie = bystander.children().findFirst().orElse(null);
			if (zombie != null && state(zombie) == 'Z') {
				break;
			}
			Thread.sleep(50);
		}
		assertThat(zombie).as("the unreaped child").isNotNull();
		assertThat(state(zombie)).as("its state").isEqualTo('Z');
		assertThat(zombie.isAlive()).as("ProcessHandle still calls it alive").isTrue();
		assertThat(LeftoverServer.isRunning(zombie)).isFalse();
		assertThat(LeftoverServer.waitFor(zombie, Duration.ofSeconds(5))).isTrue();
		assertThat(LeftoverServer.isRunning(bystander.toHandle())).as("its living parent").isTrue();
	}

	private static char state(ProcessHandle process) throws Exception {
		String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
		return stat.charAt(stat.lastIndexOf(')') + 2);
	}

	/**
	 * A real server abandoned on the directory (its owner is never closed, as when the JVM is
	 * killed) is found and stopped quickly, even with a client still connected to it: a smart
	 * shutdown would wait for that client until the timeout and end in SIGKILL.
	 */
	@Test
	void anAbandonedServerIsFoundAndStoppedEvenWithAClientConnected() throws Exception {
		EmbeddedPostgresServer abandoned = EmbeddedPostgresServer.start(clusterDir, 0, false, Duration.ofSeconds(90));
		try (Connection client = DriverManager.getConnection(abandoned.jdbcUrl())) {
			ProcessHandle postmaster = LeftoverServer.find(clusterDir)
				.orElseThrow(() -> new AssertionError("the running server was not found"));
			assertThat(postmaster.pid()).as("the pid in postmaster.pid")
				.isEqualTo(Long.parseLong(ChildApplication.pidFileLine(clusterDir, 0).orElseThrow()));

			long start = System.nanoTime();
			assertThat(LeftoverServer.stopIfRunning(clusterDir, Duration.ofSeconds(30))).isTrue();
			long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
			assertThat(LeftoverServer.isRunning(postmaster)).as("the leftover server is running").isFalse();
			assertThat(tookMs).as("stopping the leftover server took (ms)").isLessThan(15_000);
			assertThat(clusterDir.resolve("postmaster.pid")).as("a clean shutdown removes postmaster.pid")
				.doesNotExist();
			assertThatThrownBy(() -> {
				try (Statement s = client.createStatement(); ResultSet rs = s.executeQuery("select 1")) {
					rs.next();
				}
			}).as("the client's session ended with the server").isInstanceOf(java.sql.SQLException.class);
		}
		finally {
			abandoned.close(); // releases its lock; the server is already gone
		}
		assertThat(LeftoverServer.find(clusterDir)).isEmpty();
	}
}
