@NullMarked
package vn.xdd.review.campaign.web;

import org.jspecify.annotations.NullMarked;
