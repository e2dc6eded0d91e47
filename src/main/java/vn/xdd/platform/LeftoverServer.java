package vn.xdd.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server left running on our data directory by an application that was killed
 * (kill -9, a crash, a power cut of the JVM only): its {@code postmaster.pid} names a live
 * postgres process. It must be stopped before a new server can start on the same directory.
 */
final class LeftoverServer {

	private static final Logger log = LoggerFactory.getLogger(LeftoverServer.class);

	private LeftoverServer() {
	}

	/** The live postgres process recorded in {@code clusterDir/postmaster.pid}, if any. */
	static Optional<ProcessHandle> find(Path clusterDir) {
		Path pidFile = clusterDir.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return Optional.empty();
		}
		List<String> lines;
		try {
			lines = Files.readAllLines(pidFile);
		}
		catch (IOException e) {
			return Optional.empty();
		}
		if (lines.isEmpty()) {
			return Optional.empty();
		}
		long pid;
		try {
			pid = Long.parseLong(lines.get(0).trim());
		}
		catch (NumberFormatException e) {
			return Optional.empty();
		}
		return ProcessHandle.of(pid).filter(LeftoverServer::isRunning).filter(p -> isServerOf(p, clusterDir));
	}

	/**
	 * A pid from a stale file (after a reboot) may belong to any program by now, even to another
	 * PostgreSQL: only stop a postgres that serves this directory, as its working directory (the
	 * postmaster works in its data directory) or else its command line (-D) says.
	 */
	private static boolean isServerOf(ProcessHandle process, Path clusterDir) {
		ProcessHandle.Info info = process.info();
		if (!info.command().map(c -> c.contains("postgres")).orElse(false)) {
			return false;
		}
		try {
			Path cwd = Files.readSymbolicLink(Path.of("/proc", Long.toString(process.pid()), "cwd"));
			return Files.isSameFile(cwd, clusterDir);
		}
		catch (IOException | RuntimeException e) {
			// no /proc (not Linux): the command line the embedded server started it with
			String dataDirArgument = " -D " + clusterDir + " ";
			return info.commandLine().map(c -> (" " + c + " ").contains(dataDirArgument)).orElse(false);
		}
	}

	/** Stops a leftover server on {@code clusterDir}; returns whether one was found. */
	static boolean stopIfRunning(Path clusterDir, Duration timeout) {
		Optional<ProcessHandle> leftover = find(clusterDir);
		if (leftover.isEmpty()) {
			return false;
		}
		ProcessHandle server = leftover.get();
		log.warn("PostgreSQL (pid {}) của lần chạy trước vẫn còn chạy trên {}: đang dừng nó trước khi khởi động lại.",
				server.pid(), clusterDir);
		// SIGINT, a fast shutdown: it ends the sessions still connected (an administrator's psql),
		// where SIGTERM's smart shutdown would wait for them until the timeout and then SIGKILL.
		if (!interrupt(server)) {
			server.destroy();
		}
		if (!waitFor(server, timeout)) {
			log.warn("PostgreSQL (pid {}) không dừng sau {} giây: buộc dừng.", server.pid(), timeout.toSeconds());
			server.destroyForcibly();
			waitFor(server, Duration.ofSeconds(10));
		}
		return true;
	}

	private static boolean interrupt(ProcessHandle server) {
		try {
			Process kill = new ProcessBuilder("/bin/sh", "-c", "kill -INT \"$1\"", "sh", Long.toString(server.pid()))
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			return kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0;
		}
		catch (IOException e) {
			return false; // no /bin/sh (Windows): SIGTERM instead
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	static boolean waitFor(ProcessHandle process, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (isRunning(process)) {
			if (System.nanoTime() - deadline > 0) {
				return false;
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return !isRunning(process);
			}
		}
		return true;
	}

	/**
	 * Alive and not a zombie: a server that has exited but that its parent never reaps (the JVM
	 * as pid 1 of a container inherits it) still looks alive to {@link ProcessHandle#isAlive()}.
	 */
	static boolean isRunning(ProcessHandle process) {
		if (!process.isAlive()) {
			return false;
		}
		try {
			String stat = new String(Files.readAllBytes(Path.of("/proc", Long.toString(process.pid()), "stat")),
					StandardCharsets.ISO_8859_1);
			int name = stat.lastIndexOf(')');
			return name < 0 || name + 2 >= stat.length() || stat.charAt(name + 2) != 'Z';
		}
		catch (IOException | RuntimeException e) {
			return process.isAlive(); // no /proc: not Linux
		}
	}
}
