/** The rules of classification: rule sets as data, gates as named rules, the steps of a round. Pure: no Spring, no database. */
@NullMarked
package vn.xdd.classification.domain;

import org.jspecify.annotations.NullMarked;
