/**
 * Member lists as Excel workbooks: the import template, the streaming reader of uploaded files
 * (with its checks against files that are not workbooks, encrypted or built to exhaust memory)
 * and the streaming writer of exports (Apache POI).
 */
@NullMarked
package vn.xdd.organization.excel;

import org.jspecify.annotations.NullMarked;
