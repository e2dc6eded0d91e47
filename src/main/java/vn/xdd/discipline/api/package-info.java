/** The discipline API under /api/v1/discipline: cases, their transitions, complaints, statistics and the effects of decisions. */
@NullMarked
package vn.xdd.discipline.api;

import org.jspecify.annotations.NullMarked;
