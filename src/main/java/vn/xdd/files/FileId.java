package vn.xdd.files;

/** The identity of a stored file. */
public record FileId(long value) {
}
