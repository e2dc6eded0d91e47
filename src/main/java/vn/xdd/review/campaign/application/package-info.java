@NullMarked
package vn.xdd.review.campaign.application;

import org.jspecify.annotations.NullMarked;
