/**
 * Users, their grants (role, unit) and the organisational scope every request runs in; login,
 * throttling and the first administrator.
 */
@ApplicationModule(allowedDependencies = { "shared", "organization" })
@NullMarked
package vn.xdd.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
