/** Value types and contracts every module may use: typed ids, roles, the access scope, auditable events. */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package vn.xdd.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
