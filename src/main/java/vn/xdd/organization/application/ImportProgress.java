package vn.xdd.organization.application;

/** Receives how far an import is: rows done, and bytes of the sheet read (total -1 if unknown). */
@FunctionalInterface
public interface ImportProgress {

	void update(long rowsDone, long bytesRead, long bytesTotal);

	static ImportProgress none() {
		return (rows, read, total) -> {
		};
	}
}
