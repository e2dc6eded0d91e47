/**
 * Party discipline (kỷ luật đảng): cases against members and party organisations, their
 * violations, the limitation period, the forms a subject may receive, the authority of the body
 * that decides, complaints, and the lapse of a decision; and, for the other modules, what a
 * sanction in force bars on a given day. Rules: ../shared/domain/discipline.md.
 */
@ApplicationModule(allowedDependencies = { "shared", "organization", "files" })
@NullMarked
package vn.xdd.discipline;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
