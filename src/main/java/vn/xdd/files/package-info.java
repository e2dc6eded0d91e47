/**
 * Attached files (evidence, signed reviews, reports): limited in size and type, stored with a
 * SHA-256 checksum and served only to users whose scope reaches the unit the file belongs to.
 */
@ApplicationModule(allowedDependencies = "shared")
@NullMarked
package vn.xdd.files;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
