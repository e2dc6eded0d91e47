package vn.xdd.remediation;

import java.time.LocalDate;

/**
 * The numbering register tells a plan the number it was issued under: from then on the plan
 * carries the register's number and date (a number typed in by hand stays until the plan is
 * issued through the register).
 */
public interface PlanNumbering {

	void recordIssuedNumber(PlanId plan, String numberSymbol, LocalDate issuedOn);
}
