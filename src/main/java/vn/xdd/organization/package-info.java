/**
 * The party organisation tree (tổ chức đảng): units of any depth with types and validity
 * dates. Other modules ask it through {@link vn.xdd.organization.OrgUnits}.
 */
@ApplicationModule(allowedDependencies = "shared")
@NullMarked
package vn.xdd.organization;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
