package vn.xdd.files.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.xdd.files.FileId;
import vn.xdd.files.application.OpenAttachment;

/** Downloads of attached files from the pages; the API's are in {@code AttachmentApiController}. */
@Controller
public class AttachmentController {

	private final OpenAttachment open;

	public AttachmentController(OpenAttachment open) {
		this.open = open;
	}

	@GetMapping("/files/{id}")
	public ResponseEntity<byte[]> download(@PathVariable long id) {
		return response(open.open(new FileId(id)));
	}

	/** The file as an attachment, with its type, its name (ASCII and UTF-8) and its SHA-256. */
	public static ResponseEntity<byte[]> response(OpenAttachment.Opened opened) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(opened.file().contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, vn.xdd.shared.Downloads.attachment(opened.file().fileName()))
			.header("X-Content-SHA256", opened.file().sha256())
			.body(opened.content());
	}

}
