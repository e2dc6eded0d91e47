/**
 * The notification centre: notices addressed to named users or to roles in units, deadlines
 * computed daily from the modules that have them, and e-mail when a mail server is configured.
 */
@ApplicationModule(allowedDependencies = { "shared", "security", "organization" })
@NullMarked
package vn.xdd.notification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
