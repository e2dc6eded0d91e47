package vn.xdd.organization.application;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of the Excel import of members.
 *
 * @param maxFileSize the largest file accepted ({@code XDD_IMPORT_MAX_FILE_SIZE}); the upload
 *        limit of {@code spring.servlet.multipart} ({@code XDD_MAX_UPLOAD_SIZE}) applies as well
 * @param keepFor how long an upload waits for its confirmation before it is deleted
 */
@ConfigurationProperties("xdd.members.import")
@Validated
public record MemberImportProperties(@DefaultValue("20MB") DataSize maxFileSize,
		@DefaultValue("2h") Duration keepFor) {
}
