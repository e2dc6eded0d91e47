/**
 * Dashboards and statistics of the shortcomings register and the remediation plans, for the
 * user's scope, with drill-down through the tree. Nothing depends on it.
 */
@ApplicationModule(allowedDependencies = { "shared", "organization", "review", "remediation", "security" })
@NullMarked
package vn.xdd.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
