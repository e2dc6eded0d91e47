/**
 * Official documents in the Party's format (Hướng dẫn 36-HD/VPTW): the numbering register per
 * issuing body, document type and committee term; plans and results reports rendered as Word and
 * PDF; statistics as Excel; issued files kept unchanged with their checksums.
 */
@ApplicationModule(allowedDependencies = { "shared", "organization", "review", "remediation", "security", "files", "discipline",
		"classification" })
@NullMarked
package vn.xdd.document;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
