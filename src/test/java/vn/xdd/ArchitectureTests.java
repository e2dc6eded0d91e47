package vn.xdd;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.NamedInterface;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The conventions of ADR 0011 as tests: a module's API is its base package and nothing else of it
 * is reachable from another module; the API's public signatures name no persistence, web or
 * application type; the web layer reads through the application layer; the domain is plain Java;
 * every package is null-marked. {@link ModularityTests} checks the declared module dependencies.
 *
 * <p>Every module complies (issue 9): there is no list of modules exempted from these checks.
 */
class ArchitectureTests {

	static final JavaClasses CLASSES = ModularityTests.CLASSES;

	/** The base packages of the business modules (shared is open: every module may use all of it). */
	static final List<String> BASES = ModularityTests.MODULES.stream()
			.map(ApplicationModule::getBasePackage)
			.map(p -> p.getName())
			.filter(p -> !p.equals("vn.xdd.shared"))
			.sorted()
			.toList();

	static List<String> basePackages() {
		return BASES;
	}

	/** Whether a package is a persistence, web, api or application package below a module's base. */
	static boolean internal(String packageName) {
		return basePackages().stream()
			.filter(base -> packageName.startsWith(base + "."))
			.anyMatch(base -> packageName.substring(base.length())
				.matches("(\\.[a-z]+)*\\.(persistence|web|api|application)(\\..*)?"));
	}

	@Test
	void otherModulesUseOnlyAModulesBasePackage() {
		List<String> bases = basePackages();
		assertThat(bases).contains("vn.xdd.organization", "vn.xdd.review", "vn.xdd.remediation", "vn.xdd.demo");
		for (String base : bases) {
			DescribedPredicate<JavaClass> insideModule = DescribedPredicate.describe("inside of " + base,
					c -> c.getPackageName().equals(base) || c.getPackageName().startsWith(base + "."));
			DescribedPredicate<JavaClass> belowBase = DescribedPredicate.describe("in a sub-package of " + base,
					c -> c.getPackageName().startsWith(base + "."));
			noClasses().that(DescribedPredicate.not(insideModule))
				.should()
				.dependOnClassesThat(belowBase)
				.because("another module may use only the API package " + base + " (ADR 0011)")
				.check(CLASSES);
		}
	}

	@Test
	void apiSignaturesNameNoInternalType() {
		List<String> violations = new ArrayList<>();
		for (String base : basePackages()) {
			for (JavaClass type : CLASSES) {
				if (!type.getPackageName().equals(base) || !type.getModifiers().contains(JavaModifier.PUBLIC)) {
					continue;
				}
				List<JavaType> exposed = new ArrayList<>();
				type.getRawSuperclass().ifPresent(exposed::add);
				exposed.addAll(type.getInterfaces());
				for (JavaCodeUnit unit : type.getCodeUnits()) {
					if (unit.getModifiers().contains(JavaModifier.PUBLIC)
							|| (unit.getModifiers().contains(JavaModifier.PROTECTED))
							|| (type.isInterface() && !unit.getModifiers().contains(JavaModifier.PRIVATE))) {
						exposed.add(unit.getReturnType());
						exposed.addAll(unit.getParameterTypes());
					}
				}
				for (JavaField field : type.getFields()) {
					if (field.getModifiers().contains(JavaModifier.PUBLIC)) {
						exposed.add(field.getType());
					}
				}
				for (JavaType t : exposed) {
					for (JavaClass raw : t.getAllInvolvedRawTypes()) {
						if (internal(raw.getPackageName())) {
							violations.add(type.getName() + " exposes " + raw.getName());
						}
					}
				}
			}
		}
		assertThat(violations).as("API types must not expose persistence, web or application types").isEmpty();
	}

	@Test
	void eachModuleHasOnlyItsBasePackageAsInterface() {
		List<String> named = new ArrayList<>();
		ModularityTests.MODULES.forEach(module -> {
			for (NamedInterface ni : module.getNamedInterfaces()) {
				if (ni.isNamed()) {
					named.add(module.getIdentifier() + " :: " + ni.getName());
				}
				ni.asJavaClasses()
					.filter(c -> internal(c.getPackageName()))
					.forEach(c -> named.add(module.getIdentifier() + " exposes " + c.getName()));
			}
		});
		assertThat(named).as("named interfaces, or persistence and web types in an interface").isEmpty();
	}

	@Test
	void theWebLayerReadsThroughTheApplicationLayer() {
		noClasses().that()
			.resideInAnyPackage("vn.xdd..web..", "vn.xdd..api..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("vn.xdd..persistence..")
			.because("controllers call use cases and query services, never the stores (issue 9)")
			.check(CLASSES);
	}

	@Test
	void theDomainIsPlainJava() {
		ArchRule rule = noClasses().that()
			.resideInAPackage("vn.xdd..domain..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta.persistence..", "java.sql..", "javax.sql..",
					"vn.xdd..persistence..", "vn.xdd..application..", "vn.xdd..web..", "vn.xdd..api..")
			.because("rules are pure: the use case loads the facts first (ADR 0011)");
		rule.check(CLASSES);
	}

	@Test
	void theAuditTrailKnowsNoBusinessModule() {
		List<String> others = basePackages().stream()
			.filter(p -> !p.equals("vn.xdd.audit") && !p.equals("vn.xdd.platform"))
			.map(p -> p + "..")
			.collect(Collectors.toCollection(ArrayList::new));
		assertThat(others).contains("vn.xdd.organization..", "vn.xdd.review..", "vn.xdd.remediation..",
				"vn.xdd.document..", "vn.xdd.web..");
		noClasses().that()
			.resideInAPackage("vn.xdd.audit..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(others.toArray(String[]::new))
			.because("modules describe their audit lines as events; the trail records them (ADR 0005)")
			.check(CLASSES);
	}

	@Test
	void everyPackageIsNullMarked() throws IOException {
		Path root = Path.of("src/main/java");
		Set<String> packages = new TreeSet<>();
		try (Stream<Path> files = Files.walk(root)) {
			files.filter(f -> f.toString().endsWith(".java"))
				.forEach(f -> packages.add(root.relativize(f.getParent()).toString()));
		}
		assertThat(packages).hasSizeGreaterThan(50);
		List<String> unmarked = new ArrayList<>();
		for (String dir : packages) {
			Path info = root.resolve(dir).resolve("package-info.java");
			if (!Files.exists(info) || !Files.readString(info).contains("@NullMarked")) {
				unmarked.add(dir.replace('/', '.'));
			}
		}
		assertThat(unmarked).as("packages without @NullMarked in package-info.java").isEmpty();
	}
}
