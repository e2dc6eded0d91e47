package vn.xdd.demo;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * With {@code --generate-province} the application is a command, not a server: no web server
 * is started (so it needs no free port), whatever else is configured.
 */
class GenerateProvinceEnvironment implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.containsProperty(GenerateProvinceCommand.OPTION)) {
			environment.getPropertySources()
				.addFirst(new MapPropertySource("generateProvinceCommand",
						Map.of("spring.main.web-application-type", "none")));
		}
	}
}
