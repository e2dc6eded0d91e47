package vn.xdd.platform;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application's own PostgreSQL server, on a persistent data directory that survives
 * restarts. Unlike the embedded server's test defaults it runs durable (fsync and synchronous
 * commit on), and it clears a server left over by a killed JVM before starting.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

	static final String DATABASE = "xdd";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

	private final EmbeddedPostgres postgres;

	private final Path clusterDir;

	/** The postmaster, as named in postmaster.pid once the server runs. */
	private final Optional<ProcessHandle> server;

	private final AtomicBoolean closed = new AtomicBoolean();

	private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path clusterDir) {
		this.postgres = postgres;
		this.clusterDir = clusterDir;
		this.server = LeftoverServer.find(clusterDir);
	}

	public static EmbeddedPostgresServer start(Path clusterDir, int port, boolean durable, Duration startupWait) {
		try {
			Files.createDirectories(clusterDir.getParent());
		}
		catch (IOException e) {
			throw new EmbeddedDatabaseStartException(
					"Không tạo được thư mục dữ liệu " + clusterDir.getParent() + ": " + e.getMessage(), e);
		}
		LeftoverServer.stopIfRunning(clusterDir, Duration.ofSeconds(30));
		requireClusterOrEmpty(clusterDir);
		if (port > 0) {
			requireFreePort(port);
		}
		boolean fresh = !Files.exists(clusterDir.resolve("PG_VERSION"));
		log.info(fresh ? "Khởi tạo PostgreSQL nhúng mới tại {}" : "Khởi động PostgreSQL nhúng trên dữ liệu có sẵn tại {}",
				clusterDir);
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(clusterDir)
			.setCleanDataDirectory(false)
			.setRegisterShutdownHook(false)
			.setPGStartupWait(startupWait)
			.setServerConfig("max_connections", "50");
		if (port > 0) {
			builder.setPort(port);
		}
		if (durable) {
			// These come after the embedded server's "-F" on the command line and win over it.
			builder.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("full_page_writes", "on");
		}
		EmbeddedPostgres postgres;
		try {
			postgres = builder.start();
		}
		catch (IOException | RuntimeException e) {
			throw new EmbeddedDatabaseStartException("Không khởi động được PostgreSQL nhúng trên " + clusterDir
					+ " (the embedded PostgreSQL did not start): " + rootMessage(e), e);
		}
		EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, clusterDir);
		try {
			server.requireOwnServer();
			server.createApplicationDatabase();
		}
		catch (RuntimeException e) {
			try {
				server.close();
			}
			catch (IOException | RuntimeException suppressed) {
				e.addSuppressed(suppressed);
			}
			throw e;
		}
		log.info("PostgreSQL nhúng đang chạy trên cổng {}", postgres.getPort());
		return server;
	}

	/**
	 * The directory must be a PostgreSQL cluster, or empty for a new one: anything else is not
	 * ours to initialise (the embedded server's initdb would only fail with "Process ... failed").
	 */
	private static void requireClusterOrEmpty(Path clusterDir) {
		if (!Files.isDirectory(clusterDir) || Files.exists(clusterDir.resolve("PG_VERSION"))) {
			return;
		}
		List<String> found;
		try (Stream<Path> entries = Files.list(clusterDir)) {
			found = entries.map(p -> p.getFileName().toString()).filter(n -> !n.equals("epg-lock")).sorted().toList();
		}
		catch (IOException e) {
			return; // the start reports it
		}
		if (!found.isEmpty()) {
			throw new EmbeddedDatabaseStartException("Thư mục " + clusterDir
					+ " không trống nhưng không phải dữ liệu PostgreSQL (not empty, and not a PostgreSQL data directory:"
					+ " no PG_VERSION; it holds " + found.subList(0, Math.min(5, found.size()))
					+ "): chuyển các tệp này đi, hoặc chọn XDD_DATA_DIR khác.");
		}
	}

	/**
	 * A fixed port must be free: the embedded server's start only waits until something on the
	 * port answers, so another PostgreSQL there would be taken for ours.
	 */
	private static void requireFreePort(int port) {
		try (ServerSocket socket = new ServerSocket()) {
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
		}
		catch (IOException e) {
			throw new EmbeddedDatabaseStartException("Cổng " + port + " (XDD_DB_PORT) đang được một chương trình khác dùng"
					+ " (port " + port + " is already in use): chọn cổng khác cho XDD_DB_PORT, hoặc 0 để tự chọn.", e);
		}
	}

	/** The server that answered is the one on our data directory, not another one on the port. */
	private void requireOwnServer() {
		String dataDirectory;
		try (Connection c = postgres.getPostgresDatabase().getConnection();
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("show data_directory")) {
			rs.next();
			dataDirectory = rs.getString(1);
		}
		catch (SQLException e) {
			throw new EmbeddedDatabaseStartException("Không kết nối được PostgreSQL nhúng: " + e.getMessage(), e);
		}
		try {
			if (Files.isSameFile(Path.of(dataDirectory), clusterDir)) {
				return;
			}
		}
		catch (IOException | RuntimeException e) {
			// not the same
		}
		int port = postgres.getPort();
		throw new EmbeddedDatabaseStartException("Cổng " + port + " thuộc một máy chủ PostgreSQL khác (dữ liệu "
				+ dataDirectory + "), không phải máy chủ trên " + clusterDir + " (port " + port
				+ " belongs to another PostgreSQL server): chọn cổng khác cho XDD_DB_PORT, hoặc 0 để tự chọn.");
	}

	private static String rootMessage(Throwable e) {
		Throwable root = e;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
	}

	private void createApplicationDatabase() {
		try (Connection c = postgres.getPostgresDatabase().getConnection();
				PreparedStatement exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
			exists.setString(1, DATABASE);
			try (ResultSet rs = exists.executeQuery()) {
				if (rs.next()) {
					return;
				}
			}
			try (Statement create = c.createStatement()) {
				create.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
			}
		}
		catch (SQLException e) {
			throw new EmbeddedDatabaseStartException("Không tạo được cơ sở dữ liệu " + DATABASE + ": " + e.getMessage(),
					e);
		}
	}

	public String jdbcUrl() {
		return postgres.getJdbcUrl("postgres", DATABASE);
	}

	public int port() {
		return postgres.getPort();
	}

	public Path clusterDir() {
		return clusterDir;
	}

	@Override
	public void close() throws IOException {
		if (closed.getAndSet(true)) {
			return;
		}
		log.info("Dừng PostgreSQL nhúng");
		postgres.close();
		// pg_ctl stop returns once postmaster.pid is gone, before the server has exited, and gives
		// up after 5 seconds (a slow shutdown checkpoint): wait for the server itself.
		if (server.isPresent() && !LeftoverServer.waitFor(server.get(), STOP_TIMEOUT)) {
			log.warn("PostgreSQL (pid {}) chưa dừng sau {} giây.", server.get().pid(), STOP_TIMEOUT.toSeconds());
		}
	}
}
