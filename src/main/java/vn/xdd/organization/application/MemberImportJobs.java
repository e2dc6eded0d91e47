package vn.xdd.organization.application;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.NotFoundException;

/**
 * Imports running in the background, so that a file of 100,000 rows shows its progress instead of
 * holding a request open: the check, then, once the user confirms, the import. A job runs as the
 * user who started it (their security context is handed to the worker, so every scope check still
 * applies), is seen only by them, and is forgotten, with its file, after {@code keepFor}.
 */
@Component
public class MemberImportJobs implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(MemberImportJobs.class);

	/** Where a job is. Labels: messages {@code member.import.phase.<NAME>}. */
	public enum Phase {
		CHECKING, CHECKED, IMPORTING, IMPORTED, FAILED, CANCELLED;

		public boolean running() {
			return this == CHECKING || this == IMPORTING;
		}
	}

	/** An import of one file by one user. */
	public static final class Job {

		private final String id;

		private final String owner;

		private final Path file;

		private final String fileName;

		private final Instant started;

		private volatile Phase phase = Phase.CHECKING;

		private volatile long rowsDone;

		private volatile long bytesRead;

		private volatile long bytesTotal = -1;

		private volatile @Nullable ImportReport report;

		private volatile @Nullable ImportResult result;

		private volatile @Nullable BusinessRuleException failure;

		Job(String id, String owner, Path file, String fileName, Instant started) {
			this.id = id;
			this.owner = owner;
			this.file = file;
			this.fileName = fileName;
			this.started = started;
		}

		public String id() {
			return id;
		}

		public String fileName() {
			return fileName;
		}

		public Phase phase() {
			return phase;
		}

		public long rowsDone() {
			return rowsDone;
		}

		/** Rows to import (known once checked); 0 while checking. */
		public long rowsTotal() {
			ImportReport r = report;
			return r == null ? 0 : r.rows();
		}

		/** How far the running step is, 0–100: bytes of the sheet while checking, rows while importing. */
		public int percent() {
			if (phase == Phase.IMPORTING) {
				long total = rowsTotal();
				return total == 0 ? 0 : (int) Math.min(100, rowsDone * 100 / total);
			}
			if (phase == Phase.CHECKING) {
				return bytesTotal <= 0 ? 0 : (int) Math.min(100, bytesRead * 100 / bytesTotal);
			}
			return 100;
		}

		public @Nullable ImportReport report() {
			return report;
		}

		public @Nullable ImportResult result() {
			return result;
		}

		public @Nullable BusinessRuleException failure() {
			return failure;
		}

		/** Whether the user may confirm: checked, no problem, something to do. */
		public boolean confirmable() {
			ImportReport r = report;
			return phase == Phase.CHECKED && r != null && r.valid() && r.hasChanges();
		}

		void progress(long rows, long read, long total) {
			rowsDone = rows;
			bytesRead = read;
			bytesTotal = total;
		}
	}

	private final Map<String, Job> jobs = new ConcurrentHashMap<>();

	private final ExecutorService workers;

	private final ImportMembers importMembers;

	private final ImportUploads uploads;

	private final MemberImportProperties properties;

	private final Clock clock;

	public MemberImportJobs(ImportMembers importMembers, ImportUploads uploads, MemberImportProperties properties,
			Clock clock) {
		this.importMembers = importMembers;
		this.uploads = uploads;
		this.properties = properties;
		this.clock = clock;
		AtomicInteger count = new AtomicInteger();
		// Two workers at most: imports are heavy and the server is shared with every user's pages.
		this.workers = Executors.newFixedThreadPool(2, task -> {
			Thread thread = new Thread(task, "xdd-import-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * Stores an upload and checks at once that it is a member workbook (container, encryption, zip
	 * bomb, header row, a first data row), then checks its rows in the background.
	 *
	 * @throws vn.xdd.organization.excel.MemberFileRejected for a bad file, which is not kept
	 */
	public Job upload(java.io.InputStream in, String fileName) {
		Path file = uploads.store(in);
		try {
			importMembers.inspect(file);
		}
		catch (RuntimeException e) {
			uploads.delete(file);
			throw e;
		}
		return start(file, fileName);
	}

	/** Starts checking an uploaded file (already stored); the job owns the file from now on. */
	public Job start(Path file, String fileName) {
		forgetOldJobs();
		Job job = new Job(UUID.randomUUID().toString(), currentUser(), file, fileName, clock.instant());
		jobs.put(job.id, job);
		submit(() -> check(job));
		return job;
	}

	/** The user's job; anyone else's, or a forgotten one, is not found. */
	public Job find(String id) {
		forgetOldJobs();
		Job job = jobs.get(id);
		if (job == null || !job.owner.equals(currentUser())) {
			throw new NotFoundException("IMPORT", id);
		}
		return job;
	}

	/** Imports a checked file; refused when it is not confirmable (already imported, errors, nothing to do). */
	public Job confirm(String id) {
		Job job = find(id);
		synchronized (job) {
			if (!job.confirmable()) {
				throw new BusinessRuleException("member.import.error.notConfirmable");
			}
			job.phase = Phase.IMPORTING;
			job.rowsDone = 0;
		}
		submit(() -> run(job));
		return job;
	}

	/** Abandons a checked file: it is deleted. */
	public void cancel(String id) {
		Job job = find(id);
		synchronized (job) {
			if (job.phase == Phase.CHECKED) {
				job.phase = Phase.CANCELLED;
				uploads.delete(job.file);
			}
		}
	}

	/** Waits a little for a job, so that a small file shows its result at once. */
	public void awaitBriefly(Job job, Duration max) {
		long end = System.nanoTime() + max.toNanos();
		while (job.phase.running() && System.nanoTime() < end) {
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private void check(Job job) {
		try {
			ImportReport report = importMembers.check(job.file, job::progress);
			job.report = report;
			job.phase = Phase.CHECKED;
			if (!job.confirmable()) {
				uploads.delete(job.file);
			}
		}
		catch (BusinessRuleException e) {
			fail(job, e);
		}
		catch (RuntimeException e) {
			log.error("Kiểm tra tệp nhập đảng viên {} thất bại", job.fileName, e);
			fail(job, new BusinessRuleException("member.import.error.unexpected"));
		}
	}

	private void run(Job job) {
		try {
			job.result = importMembers.run(job.file, job.fileName, job::progress);
			job.phase = Phase.IMPORTED;
		}
		catch (MemberImportRejected e) {
			job.report = e.report();
			fail(job, e);
		}
		catch (OptimisticLockingFailureException e) {
			fail(job, new BusinessRuleException("error.concurrentUpdate"));
		}
		catch (BusinessRuleException e) {
			fail(job, e);
		}
		catch (RuntimeException e) {
			log.error("Nhập tệp đảng viên {} thất bại; không có gì được lưu", job.fileName, e);
			fail(job, new BusinessRuleException("member.import.error.unexpected"));
		}
		finally {
			uploads.delete(job.file);
		}
	}

	private void fail(Job job, BusinessRuleException e) {
		job.failure = e;
		job.phase = Phase.FAILED;
		uploads.delete(job.file);
	}

	/** Runs the task as the current user: the worker gets a copy of their security context. */
	private void submit(Runnable task) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
		workers.execute(new DelegatingSecurityContextRunnable(task, context));
	}

	private void forgetOldJobs() {
		Instant limit = clock.instant().minus(properties.keepFor());
		jobs.values().removeIf(job -> {
			if (job.started.isBefore(limit) && !job.phase.running()) {
				uploads.delete(job.file);
				return true;
			}
			return false;
		});
	}

	private static String currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			throw new NotFoundException("IMPORT", "-");
		}
		return authentication.getName();
	}

	@Override
	public void destroy() {
		workers.shutdownNow();
	}
}
