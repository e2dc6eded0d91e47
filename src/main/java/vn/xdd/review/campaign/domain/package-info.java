/** The rules of who is reviewed in a campaign, free of Spring and of the database. */
@NullMarked
package vn.xdd.review.campaign.domain;

import org.jspecify.annotations.NullMarked;
