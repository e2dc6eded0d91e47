/**
 * Remediation plans (kế hoạch khắc phục): solution groups and tasks linked to shortcomings,
 * dissemination with acknowledgements, progress reports with evidence and their verification by
 * the issuing level.
 */
@ApplicationModule(allowedDependencies = { "shared", "organization", "review", "files", "notification" })
@NullMarked
package vn.xdd.remediation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
