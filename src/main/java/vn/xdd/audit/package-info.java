/**
 * The append-only audit trail: every write, login attempt, refused access and sensitive read,
 * recorded from the events modules publish. It knows no business module.
 */
@ApplicationModule(allowedDependencies = "shared")
@NullMarked
package vn.xdd.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
