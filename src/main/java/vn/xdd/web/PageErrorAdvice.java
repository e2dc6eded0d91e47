package vn.xdd.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.NotFoundException;
import vn.xdd.shared.PermissionDeniedException;
import vn.xdd.shared.VersionConflictException;

/**
 * Errors on pages: a record that does not exist or lies outside the scope shows the 404 page;
 * a broken rule not handled by its form shows the message on the 400 page (on the 403 page when a
 * rule of permission refused, with 409 when the record was saved by someone else meanwhile).
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrorAdvice {

	private final ShellModelAdvice shell;

	PageErrorAdvice(ShellModelAdvice shell) {
		this.shell = shell;
	}

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(Model model, HttpServletRequest request) {
		model.addAttribute("shell", shell.shell(request));
		return "error/404";
	}

	@ExceptionHandler(BusinessRuleException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String ruleBroken(BusinessRuleException e, Model model, HttpServletRequest request) {
		model.addAttribute("shell", shell.shell(request));
		model.addAttribute("ruleKey", e.messageKey());
		model.addAttribute("ruleArguments", e.arguments());
		return "error/400";
	}

	/** Refused by a rule of permission and not handled by its form: the 403 page says who may. */
	@ExceptionHandler(PermissionDeniedException.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String permissionDenied(PermissionDeniedException e, Model model, HttpServletRequest request) {
		ruleBroken(e, model, request);
		return "error/403";
	}

	/** Saved by someone else since the page was opened, and not handled by its form: 409 with the message. */
	@ExceptionHandler(VersionConflictException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String versionConflict(VersionConflictException e, Model model, HttpServletRequest request) {
		ruleBroken(e, model, request);
		model.addAttribute("status", HttpStatus.CONFLICT.value());
		return "error/4xx";
	}

	/** A NUL byte in a typed text: the page says which input is wrong (400), nothing was saved. */
	@ExceptionHandler(DataIntegrityViolationException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String integrity(DataIntegrityViolationException e, Model model, HttpServletRequest request) {
		if (!InvalidText.causedBy(e)) {
			throw e;
		}
		model.addAttribute("shell", shell.shell(request));
		model.addAttribute("ruleKey", InvalidText.MESSAGE_KEY);
		model.addAttribute("ruleArguments", new Object[0]);
		return "error/400";
	}
}
