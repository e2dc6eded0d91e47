package vn.xdd.shared;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who does the work being recorded: the signed-in user's name, or "system" for background work. */
public final class Actor {

	private Actor() {
	}

	public static String currentName() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null ? "system" : authentication.getName();
	}
}
