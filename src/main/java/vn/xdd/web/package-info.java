/**
 * The web shell: layout, navigation, home page, locale, error pages and answers, request limits.
 * Nothing depends on it.
 */
@ApplicationModule(allowedDependencies = { "shared", "organization", "security", "notification", "review", "discipline",
		"classification" })
@NullMarked
package vn.xdd.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
