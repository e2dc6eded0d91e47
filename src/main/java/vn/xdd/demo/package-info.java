/**
 * Demonstration data for a newcomer: a small province with its district level until 30/6/2025
 * and commune committees after it, and one account per role. Loaded only on request
 * ({@code --demo} or {@code XDD_DEMO=true}) into a database that holds nothing yet.
 * <p>
 * Also the benchmark data set: {@code --generate-province} fills an empty database with a
 * seeded, province-scale synthetic province (400,000 members in 8,000 chapters by default)
 * through the organisation module's {@link vn.xdd.organization.BulkLoad}, then exits.
 */
@ApplicationModule(allowedDependencies = { "shared", "organization", "security", "review", "remediation",
		"document", "discipline", "classification" })
@NullMarked
package vn.xdd.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
