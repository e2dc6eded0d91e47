package vn.xdd.review;

import java.time.YearMonth;

/**
 * One month of the register's trend.
 *
 * @param recorded items recorded during the month
 * @param verified items verified remedied during the month
 * @param openAtEnd items recorded by the month's end and not yet verified then
 */
public record MonthTally(YearMonth month, long recorded, long verified, long openAtEnd) {
}
