package vn.xdd.platform;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.fail;

/**
 * The whole application as a separate JVM ({@code java -cp <this JVM's class path>
 * vn.xdd.XddApplication}), configured only through its XDD_* environment variables, its output
 * in a file; and the PostgreSQL processes of its data directory, found by their command line.
 * Nothing is mocked: kill it, interrupt it, restart it on the same directory.
 */
final class ChildApplication {

	/** How long a start may take on a busy two-core machine (bounded, but generous). */
	static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(150);

	/** {@code XDD_SHUTDOWN_TIMEOUT} given to the child, and so the bound on a graceful stop. */
	static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(20);

	static final String ADMIN_PASSWORD = "Admin12345";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final Path dataDir;

	private final Path log;

	private final int port;

	private final Map<String, String> extraEnv;

	private Process process;

	ChildApplication(Path dataDir, Path log, Map<String, String> extraEnv) {
		this.dataDir = dataDir.toAbsolutePath().normalize();
		this.log = log.toAbsolutePath();
		this.port = freePort();
		this.extraEnv = extraEnv;
	}

	ChildApplication(Path dataDir, Path log) {
		this(dataDir, log, Map.of());
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The JVM command line: this JVM's java and class path (target/classes, test-classes, jars). */
	static List<String> javaCommand() {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		return new ArrayList<>(List.of(java, "-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
				"-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), "vn.xdd.XddApplication"));
	}

	ChildApplication start() throws IOException {
		return start(List.of());
	}

	/** Starts the JVM, its command line preceded by {@code prefix} (a wrapper that execs it). */
	ChildApplication start(List<String> prefix) throws IOException {
		if (process != null) {
			throw new IllegalStateException("already started");
		}
		Files.createDirectories(log.getParent());
		List<String> command = new ArrayList<>(prefix);
		command.addAll(javaCommand());
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
		Map<String, String> env = builder.environment();
		// Only what this test says: nothing from the surrounding shell (an XDD_DB_URL, a profile).
		env.keySet().removeIf(k -> k.startsWith("XDD_") || k.startsWith("SPRING_") || k.equals("JAVA_TOOL_OPTIONS")
				|| k.equals("JDK_JAVA_OPTIONS"));
		env.put("XDD_DATA_DIR", dataDir.toString());
		env.put("XDD_PORT", Integer.toString(port));
		env.put("XDD_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
		env.put("XDD_SHUTDOWN_TIMEOUT", SHUTDOWN_TIMEOUT.toSeconds() + "s");
		env.putAll(extraEnv);
		process = builder.start();
		return this;
	}

	Process process() {
		return process;
	}

	boolean isAlive() {
		return process != null && process.isAlive();
	}

	Path clusterDir() {
		return dataDir.resolve("postgres");
	}

	/** Waits for {@code /actuator/health} to say UP; fails with the child's log otherwise. */
	void awaitHealthy() throws InterruptedException {
		long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				fail("The application exited with " + process.exitValue() + " before it was healthy:\n" + logTail());
			}
			try {
				HttpResponse<String> health = HTTP.send(
						HttpRequest.newBuilder(url("/actuator/health")).timeout(Duration.ofSeconds(5)).build(),
						HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
					return;
				}
			}
			catch (IOException e) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		fail("The application was not healthy after " + STARTUP_TIMEOUT.toSeconds() + " s:\n" + logTail());
	}

	/** POST /api/v1/org-units as admin; returns the HTTP status. */
	int createUnit(String name) throws IOException, InterruptedException {
		String body = JSON.writeValueAsString(Map.of("parentId", 1, "type", "GRASSROOTS_CHAPTER", "name", name));
		HttpRequest request = HttpRequest.newBuilder(url("/api/v1/org-units"))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", basicAuth())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build();
		return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
	}

	/** The names of all units the administrator sees (GET /api/v1/org-units). */
	List<String> unitNames() throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(url("/api/v1/org-units"))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", basicAuth())
			.build();
		HttpResponse<String> response = HTTP.send(request,
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		if (response.statusCode() != 200) {
			fail("GET /api/v1/org-units answered " + response.statusCode() + ": " + response.body());
		}
		List<String> names = new ArrayList<>();
		for (JsonNode unit : JSON.readTree(response.body())) {
			names.add(unit.get("name").asString());
		}
		return names;
	}

	private URI url(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String basicAuth() {
		return "Basic " + Base64.getEncoder()
			.encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

	/** The child's output so far (lenient: a half-written character does not fail the test). */
	String log() {
		try {
			return new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			return "(no log: " + e + ")";
		}
	}

	String logTail() {
		String all = log();
		return all.length() <= 12_000 ? all : "..." + all.substring(all.length() - 12_000);
	}

	/** Sends a signal by name ("INT", "TERM", "STOP", ...) to a process, as {@code kill -NAME pid}. */
	static void signal(long pid, String name) throws IOException, InterruptedException {
		Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(pid)).redirectErrorStream(true).start();
		String out = new String(kill.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
			fail("kill -" + name + " " + pid + " failed: " + out);
		}
	}

	/** The live postmaster named in {@code postmaster.pid} of this application's cluster, if any. */
	Optional<ProcessHandle> postmaster() {
		return postmaster(clusterDir());
	}

	static Optional<ProcessHandle> postmaster(Path clusterDir) {
		return pidFileLine(clusterDir, 0).flatMap(pid -> ProcessHandle.of(Long.parseLong(pid)))
			.filter(LeftoverServer::isRunning);
	}

	/** Line {@code index} (0-based) of {@code postmaster.pid}: 0 the pid, 3 the port. */
	static Optional<String> pidFileLine(Path clusterDir, int index) {
		try {
			List<String> lines = Files.readAllLines(clusterDir.resolve("postmaster.pid"));
			return lines.size() > index ? Optional.of(lines.get(index).trim()) : Optional.empty();
		}
		catch (IOException e) {
			return Optional.empty();
		}
	}

	/** Every live process whose command line names the cluster directory (postmaster, pg_ctl). */
	static List<ProcessHandle> postgresProcesses(Path clusterDir) {
		String dir = clusterDir.toAbsolutePath().normalize().toString();
		return ProcessHandle.allProcesses()
			.filter(LeftoverServer::isRunning)
			.filter(p -> p.info().commandLine().map(c -> c.contains("postgres") && c.contains(dir)).orElse(false))
			.toList();
	}

	/**
	 * Leaves nothing running: the JVM (SIGKILL), then every PostgreSQL process of the data
	 * directory (a fast shutdown first, SIGKILL after 15 s, the server's children too).
	 */
	void destroy() {
		if (process != null && process.isAlive()) {
			process.destroyForcibly();
			try {
				process.waitFor(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		killPostgres(clusterDir());
	}

	/** Deletes a test's data directory (its servers stopped) to keep target/ small; logs stay. */
	static void deleteTree(Path dir) {
		if (!Files.exists(dir)) {
			return;
		}
		try (var paths = Files.walk(dir)) {
			paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException | RuntimeException e) {
			// best effort
		}
	}

	static void killPostgres(Path clusterDir) {
		for (ProcessHandle server : postgresProcesses(clusterDir)) {
			List<ProcessHandle> children = server.descendants().toList();
			try {
				signal(server.pid(), "INT");
				server.onExit().get(15, TimeUnit.SECONDS);
			}
			catch (Exception | AssertionError e) {
				server.destroyForcibly();
			}
			children.forEach(ProcessHandle::destroyForcibly);
		}
	}
}
