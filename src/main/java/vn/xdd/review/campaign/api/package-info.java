@NullMarked
package vn.xdd.review.campaign.api;

import org.jspecify.annotations.NullMarked;
