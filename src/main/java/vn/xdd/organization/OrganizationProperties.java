package vn.xdd.organization;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** @param rootUnitName the name of the root unit created on a first start ({@code XDD_ROOT_UNIT_NAME}) */
@ConfigurationProperties("xdd.organization")
@Validated
public record OrganizationProperties(@NotBlank @DefaultValue("Tỉnh ủy") String rootUnitName) {
}
