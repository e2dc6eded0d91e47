package vn.xdd.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** @param maxRequestSize the largest request body accepted ({@code XDD_MAX_REQUEST_SIZE}); larger ones get 413 */
@ConfigurationProperties("xdd.web")
public record WebProperties(@DefaultValue("25MB") DataSize maxRequestSize) {
}
