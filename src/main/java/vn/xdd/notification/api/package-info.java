@NullMarked
package vn.xdd.notification.api;

import org.jspecify.annotations.NullMarked;
