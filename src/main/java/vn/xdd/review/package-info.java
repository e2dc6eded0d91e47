/**
 * Self-criticism reviews (kiểm điểm tự phê bình và phê bình): campaigns, the reviews of
 * collectives and members, the taxonomies of shortcomings and the shortcomings register with
 * its life cycle. Other modules (remediation, inspection) push and advance items through its API;
 * it never knows them.
 */
@ApplicationModule(allowedDependencies = { "shared", "organization", "files", "notification" })
@NullMarked
package vn.xdd.review;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
