/**
 * Runs the database XDĐ lives in: its own embedded PostgreSQL with a persistent data directory
 * by default, or an external PostgreSQL server when one is configured.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package vn.xdd.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
