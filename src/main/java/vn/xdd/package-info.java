/** XDĐ: quản lý công tác xây dựng Đảng. Each sub-package is one application module. */
@NullMarked
package vn.xdd;

import org.jspecify.annotations.NullMarked;
