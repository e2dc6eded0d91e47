@NullMarked
package vn.xdd.notification.persistence;

import org.jspecify.annotations.NullMarked;
