package vn.xdd.document.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** The page settings of application.yml give the layout of documents.md unless a deployment changes them. */
class DocumentLayoutPropertiesTest {

	@Test
	void applicationYmlGivesA4TheHandbooksMarginsAndNumbersFromPageTwo() throws IOException {
		var environment = new StandardEnvironment();
		for (var source : new YamlPropertySourceLoader().load("application",
				new ClassPathResource("application.yml"))) {
			environment.getPropertySources().addLast(source);
		}
		var layout = Binder.get(environment).bind("xdd.documents.layout", DocumentLayoutProperties.class).get();
		assertThat(layout).isEqualTo(DocumentLayoutProperties.defaults());
		assertThat(layout.pageSize().widthMm()).isEqualTo(210);
		assertThat(layout.pageSize().heightMm()).isEqualTo(297);
		assertThat(layout.marginTopMm()).isEqualTo(25);
		assertThat(layout.marginBottomMm()).isEqualTo(25);
		assertThat(layout.marginLeftMm()).isEqualTo(35);
		assertThat(layout.marginRightMm()).isEqualTo(15);
		assertThat(layout.pageNumbers()).isTrue();
		assertThat(layout.pageNumbersFromPage()).isEqualTo(2);
	}
}
