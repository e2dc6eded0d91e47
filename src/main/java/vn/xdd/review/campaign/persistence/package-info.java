@NullMarked
package vn.xdd.review.campaign.persistence;

import org.jspecify.annotations.NullMarked;
