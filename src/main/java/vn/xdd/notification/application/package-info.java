@NullMarked
package vn.xdd.notification.application;

import org.jspecify.annotations.NullMarked;
