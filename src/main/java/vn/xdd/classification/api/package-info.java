/** Classification for integrators: rounds, proposals, appraisal, decisions, results by subject and year, reports. */
@NullMarked
package vn.xdd.classification.api;

import org.jspecify.annotations.NullMarked;
