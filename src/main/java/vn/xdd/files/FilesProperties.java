package vn.xdd.files;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * Limits of attached files.
 *
 * @param maxSize the largest file accepted (XDD_ATTACHMENT_MAX_SIZE)
 * @param allowedExtensions the kinds of file accepted, by extension; the content must match
 */
@Validated
@ConfigurationProperties("xdd.files")
public record FilesProperties(@NotNull DataSize maxSize, @NotEmpty List<String> allowedExtensions) {
}
