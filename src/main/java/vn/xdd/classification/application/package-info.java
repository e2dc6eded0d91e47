/** The use cases of classification, and the queries its pages and API read. */
@NullMarked
package vn.xdd.classification.application;

import org.jspecify.annotations.NullMarked;
