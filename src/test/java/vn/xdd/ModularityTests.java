package vn.xdd;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The module map is a test: allowed dependencies hold, and the documentation in docs/ is current. */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(XddApplication.class);

	static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("vn.xdd");

	@Test
	void modulesRespectTheirDeclaredDependencies() {
		MODULES.verify();
	}

	@Test
	void nothingDependsOnTheWebShell() {
		noClasses().that()
			.resideOutsideOfPackage("vn.xdd.web..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("vn.xdd.web..")
			.check(CLASSES);
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}
}
