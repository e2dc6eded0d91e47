/** The discipline pages: the list of cases, a case with each step of its procedure, the statistics with their drill-down. */
@NullMarked
package vn.xdd.discipline.web;

import org.jspecify.annotations.NullMarked;
