/** The classification pages: rounds, the tracker, a subject with its gates and steps, the report, the settings. */
@NullMarked
package vn.xdd.classification.web;

import org.jspecify.annotations.NullMarked;
