/**
 * The rule kernel every module writes its rules on: one result type, rules as small named
 * classes citing their regulation, and lists of rules per process that the use case enforces
 * and the page and the API ask (ADR 0011).
 */
@NullMarked
package vn.xdd.shared.rule;

import org.jspecify.annotations.NullMarked;
