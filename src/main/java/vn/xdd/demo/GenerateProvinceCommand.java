package vn.xdd.demo;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The command {@code --generate-province [--members=400000] [--chapters=8000] [--seed=2025]}:
 * fills an empty database with a synthetic province for benchmarks (see
 * docs/benchmarks/README.md), then ends the application with exit code 0, or 2 when it refuses
 * (the database is not empty, an option is wrong), or 1 when the load fails. The application
 * runs without its web server meanwhile ({@link GenerateProvinceEnvironment}).
 */
@Component
@Order(40)
class GenerateProvinceCommand implements ApplicationRunner {

	static final String OPTION = "generate-province";

	private static final Logger log = LoggerFactory.getLogger(GenerateProvinceCommand.class);

	private final ProvinceGenerator generator;

	private final ConfigurableApplicationContext context;

	GenerateProvinceCommand(ProvinceGenerator generator, ConfigurableApplicationContext context) {
		this.generator = generator;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!args.containsOption(OPTION)) {
			return;
		}
		int code;
		try {
			int members = (int) number(args, "members", 400_000);
			int chapters = (int) number(args, "chapters", 8_000);
			long seed = number(args, "seed", 2025);
			generator.generate(members, chapters, seed);
			code = 0;
		}
		catch (ProvinceGenerator.Refused e) {
			log.error(e.getMessage());
			code = 2;
		}
		catch (RuntimeException e) {
			log.error("Sinh dữ liệu thất bại, cơ sở dữ liệu không thay đổi: {}", e.getMessage(), e);
			code = 1;
		}
		int exit = code;
		System.exit(SpringApplication.exit(context, () -> exit));
	}

	private static long number(ApplicationArguments args, String name, long fallback) {
		List<String> values = args.getOptionValues(name);
		if (values == null || values.isEmpty()) {
			return fallback;
		}
		try {
			return Long.parseLong(values.get(values.size() - 1).replace("_", "").strip());
		}
		catch (NumberFormatException e) {
			throw new ProvinceGenerator.Refused("Giá trị không hợp lệ cho --" + name + ": \"" + values.get(0)
					+ "\" (cần một số nguyên).");
		}
	}
}
