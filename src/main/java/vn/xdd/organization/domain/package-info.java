/** The rules of the organisation module in plain Java: member statuses and records, restructuring. */
@NullMarked
package vn.xdd.organization.domain;

import org.jspecify.annotations.NullMarked;
