package vn.xdd.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The user sees no hard-coded text: every label comes from messages_vi.properties (the default)
 * and messages_en.properties, both bundles hold the same keys, every key a template or the code
 * names exists, and templates hold no literal words.
 */
class MessageBundleTest {

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	static final Path SOURCES = Path.of("src/main/java");

	static Properties load(String name) throws IOException {
		Properties p = new Properties();
		try (InputStream in = MessageBundleTest.class.getResourceAsStream("/" + name)) {
			assertThat(in).as(name).isNotNull();
			p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return p;
	}

	@Test
	void bothBundlesHoldTheSameKeys() throws IOException {
		Set<String> vi = new TreeSet<>(load("messages_vi.properties").stringPropertyNames());
		Set<String> en = new TreeSet<>(load("messages_en.properties").stringPropertyNames());
		assertThat(vi).as("keys missing from messages_en.properties").containsAll(en);
		assertThat(en).as("keys missing from messages_vi.properties").containsAll(vi);
		assertThat(vi).hasSizeGreaterThan(100);
	}

	@Test
	void noValueIsEmpty() throws IOException {
		for (String bundle : List.of("messages_vi.properties", "messages_en.properties")) {
			Properties p = load(bundle);
			for (String key : p.stringPropertyNames()) {
				assertThat(p.getProperty(key).strip()).as(bundle + " " + key).isNotEmpty();
			}
		}
	}

	@Test
	void vietnameseBundleIsVietnamese() throws IOException {
		Properties vi = load("messages_vi.properties");
		assertThat(vi.getProperty("login.title")).isEqualTo("Đăng nhập");
		assertThat(vi.getProperty("nav.units")).isEqualTo("Tổ chức đảng");
	}

	@Test
	void everyKeyNamedInTemplatesExists() throws IOException {
		Set<String> keys = load("messages_vi.properties").stringPropertyNames();
		Pattern literalKey = Pattern.compile("#\\{([A-Za-z0-9_.]+)");
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher m = literalKey.matcher(Files.readString(template));
			while (m.find()) {
				if (!keys.contains(m.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + m.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyKeyNamedInCodeExists() throws IOException {
		Set<String> keys = load("messages_vi.properties").stringPropertyNames();
		// Message keys are passed to BusinessRuleException, rule results, flash attributes and
		// events as literals: every quoted text that starts like a key of the bundle must be one.
		Set<String> prefixes = new TreeSet<>();
		for (String key : keys) {
			if (key.contains(".")) {
				prefixes.add(Pattern.quote(key.substring(0, key.indexOf('.'))));
			}
		}
		assertThat(prefixes).hasSizeGreaterThan(40);
		Pattern quoted = Pattern.compile("\"((?:" + String.join("|", prefixes) + ")\\.[A-Za-z0-9.]*[A-Za-z0-9])\"");
		List<String> missing = new ArrayList<>();
		int found = 0;
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path source : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				Matcher m = quoted.matcher(Files.readString(source));
				while (m.find()) {
					found++;
					if (!keys.contains(m.group(1))) {
						missing.add(SOURCES.relativize(source) + ": " + m.group(1));
					}
				}
			}
		}
		assertThat(found).as("keys quoted in the code").isGreaterThan(300);
		assertThat(missing).isEmpty();
	}

	/** Every enum that names its label with {@code messageKey()} has a label for each constant. */
	@Test
	void everyEnumLabelExists() throws Exception {
		Set<String> keys = load("messages_vi.properties").stringPropertyNames();
		List<String> missing = new ArrayList<>();
		int enums = 0;
		for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("vn.xdd")) {
			if (!type.isEnum() || type.tryGetMethod("messageKey").isEmpty()) {
				continue;
			}
			enums++;
			Class<?> enumType = type.reflect();
			Method messageKey = enumType.getMethod("messageKey");
			messageKey.setAccessible(true);
			for (Object constant : enumType.getEnumConstants()) {
				String key = (String) messageKey.invoke(constant);
				if (!keys.contains(key)) {
					missing.add(type.getSimpleName() + "." + constant + ": " + key);
				}
			}
		}
		assertThat(enums).as("enums with labels").isGreaterThan(10);
		assertThat(missing).isEmpty();
	}

	@Test
	void everyUnitTypeOfTheCatalogueHasALabel() throws IOException {
		Set<String> keys = load("messages_vi.properties").stringPropertyNames();
		String migration = Files.readString(Path.of("src/main/resources/db/migration/V1__platform.sql"));
		Matcher m = Pattern.compile("\\('([A-Z_]+)', \\d+\\)").matcher(migration);
		int found = 0;
		while (m.find()) {
			found++;
			assertThat(keys).contains("orgUnitType." + m.group(1));
		}
		assertThat(found).isGreaterThan(5);
	}

	@Test
	void templatesHoldNoLiteralText() throws IOException {
		List<String> literals = new ArrayList<>();
		for (Path template : templates()) {
			literals.addAll(literalTextIn(TEMPLATES.relativize(template).toString(), Files.readString(template)));
		}
		assertThat(literals).as("literal text in templates: put it in the message bundles").isEmpty();
	}

	@Test
	void theLiteralCheckFindsLiteralText() {
		assertThat(literalTextIn("t", "<p>Xin chào</p>")).hasSize(1);
		assertThat(literalTextIn("t", "<input placeholder=\"Tìm kiếm\">")).hasSize(1);
		assertThat(literalTextIn("t", "<p th:text=\"#{a.b}\"></p><span>: </span><td>&nbsp;</td>")).isEmpty();
	}

	/** Words between tags, and user-visible attributes with words, are literal text. */
	static List<String> literalTextIn(String name, String html) {
		String stripped = html.replaceAll("(?s)<!--.*?-->", "")
			.replaceAll("(?s)<script.*?</script>", "")
			.replaceAll("(?s)<style.*?</style>", "")
			.replaceAll("<!DOCTYPE[^>]*>", "");
		List<String> found = new ArrayList<>();
		Matcher text = Pattern.compile(">([^<]+)<").matcher(stripped);
		while (text.find()) {
			String t = text.group(1).replace("&nbsp;", " ").strip();
			if (t.codePoints().anyMatch(Character::isLetter)) {
				found.add(name + ": text \"" + t + "\"");
			}
		}
		Matcher attr = Pattern.compile("\\s(placeholder|title|alt|aria-label|value)=\"([^\"]*)\"").matcher(stripped);
		while (attr.find()) {
			if (attr.group(2).codePoints().anyMatch(Character::isLetter) && !attr.group(1).equals("value")) {
				found.add(name + ": " + attr.group(1) + "=\"" + attr.group(2) + "\"");
			}
		}
		return found;
	}

	static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
		}
	}
}
