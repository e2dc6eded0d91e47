package vn.xdd;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class XddApplication {

	public static void main(String[] args) {
		SpringApplication.run(XddApplication.class, args);
	}
}
