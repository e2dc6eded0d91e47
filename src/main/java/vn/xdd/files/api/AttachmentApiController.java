package vn.xdd.files.api;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.xdd.files.FileId;
import vn.xdd.files.application.OpenAttachment;
import vn.xdd.files.web.AttachmentController;

/**
 * Downloads of attached files through the API: a file outside the caller's scope (or missing) is
 * answered with a problem document, as on every other endpoint of the API.
 */
@RestController
class AttachmentApiController {

	private final OpenAttachment open;

	AttachmentApiController(OpenAttachment open) {
		this.open = open;
	}

	@GetMapping("/api/v1/files/{id}")
	ResponseEntity<byte[]> download(@PathVariable long id) {
		return AttachmentController.response(open.open(new FileId(id)));
	}
}
