/**
 * Demonstration data for a newcomer: a small province with its district level until 30/6/2025
 * and commune committees after it, and one account per role. Loaded only on request
 * ({@code --demo} or {@code XDD_DEMO=true}) into a database that holds nothing yet.
 */
@ApplicationModule(allowedDependencies = { "shared", "organization", "organization :: use-cases", "security",
		"security :: use-cases" })
@NullMarked
package vn.xdd.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
