@NullMarked
package vn.xdd.notification.web;

import org.jspecify.annotations.NullMarked;
