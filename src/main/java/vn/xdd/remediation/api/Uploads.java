package vn.xdd.remediation.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

import vn.xdd.remediation.ProgressReportCommand;

/** Uploaded evidence files as the use case takes them; empty file inputs are left out. */
final class Uploads {

	private Uploads() {
	}

	static List<ProgressReportCommand.Upload> of(@Nullable List<MultipartFile> files) {
		List<ProgressReportCommand.Upload> uploads = new ArrayList<>();
		if (files == null) {
			return uploads;
		}
		for (MultipartFile file : files) {
			String name = file.getOriginalFilename();
			if (file.isEmpty() && (name == null || name.isBlank())) {
				continue;
			}
			try {
				uploads.add(new ProgressReportCommand.Upload(name == null || name.isBlank() ? "tep" : name, file.getBytes()));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return uploads;
	}
}
