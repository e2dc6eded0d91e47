package vn.xdd.document.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.xdd.XddIntegrationTest;

/** The application hands out the renderers with the page settings of application.yml. */
@XddIntegrationTest
class RendererWiringTest {

	@Autowired
	DocumentRenderer documents;

	@Autowired
	ChartRenderer charts;

	@Autowired
	DocumentLayoutProperties layout;

	@Test
	void theRenderersRunInTheApplicationWithTheDefaultPage() {
		assertThat(layout).isEqualTo(DocumentLayoutProperties.defaults());
		assertThat(documents).isInstanceOf(PoiOpenPdfRenderer.class);
		var png = charts.shareRemedied("Tỷ lệ đã khắc phục", 3, 1);
		assertThat(new String(png, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
		var pdf = documents.pdf(PoiOpenPdfRendererTest.minimal(List.of()));
		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		var docx = documents.docx(PoiOpenPdfRendererTest.minimal(List.of()));
		assertThat(new String(docx, 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
	}
}
