package vn.xdd.organization.application;

/** What an import did: members created and updated, rows that changed nothing. */
public record ImportResult(long rows, long created, long updated, long unchanged) {
}
