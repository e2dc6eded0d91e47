/**
 * The BÁO CÁO kết quả đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên of a round, and the
 * words of the levels of each era, composed from the classification module's API.
 */
@NullMarked
package vn.xdd.document.classification;

import org.jspecify.annotations.NullMarked;
