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

/** Downloads of attached files, for pages and the API alike. */
@Controller
public class AttachmentController {

	private final OpenAttachment open;

	public AttachmentController(OpenAttachment open) {
		this.open = open;
	}

	@GetMapping({ "/files/{id}", "/api/v1/files/{id}" })
	public ResponseEntity<byte[]> download(@PathVariable long id) {
		OpenAttachment.Opened opened = open.open(new FileId(id));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(opened.file().contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(opened.file().fileName()))
			.header("X-Content-SHA256", opened.file().sha256())
			.body(opened.content());
	}

	static String contentDisposition(String fileName) {
		String ascii = java.text.Normalizer.normalize(fileName.replace('đ', 'd').replace('Đ', 'D'),
				java.text.Normalizer.Form.NFD).replaceAll("[^\\x20-\\x7E]", "").replace('"', '_');
		String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
		return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
	}
}
